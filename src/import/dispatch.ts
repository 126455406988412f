import { isoDay } from "../_data/dates.ts";
import { suggestTags } from "./autotag.ts";
import { LINE_REVIEW_NOTE, REVIEW_NOTE } from "./article.ts";
import { readDispatch } from "./dispatch-text.ts";
import { literalMarkdown } from "./literal-markdown.ts";
import type { ImportedArticle } from "./article.ts";
import { drawHeadline, firstSentence, headlineLine, neutralSlug, slugForHeadline, splitDateline } from "./headline.ts";
import { languageToWrite } from "./language.ts";
import { mergeTags } from "./tags.ts";

/** A plain-text dispatch (CONTRACT.md's format) as an article: its text escaped so it publishes verbatim. */
export interface DispatchChoices {
  title?: string;
  slug?: string;
  tags: string[];
  lang?: string;
  siteLanguage: string;
}

export function dispatchArticle(origin: string, bytes: Uint8Array, choices: DispatchChoices): { ok: true; article: ImportedArticle } | { ok: false; error: string } {
  const result = readDispatch(bytes);
  if (!result.ok) return result;
  const { date, paragraphs } = result.dispatch;
  // A first line that is the dispatch's own headline stays in the text (every word is
  // published), and the story's first paragraph after it is the lede.
  const line = headlineLine(paragraphs);
  const lede = line === undefined ? paragraphs[0]! : paragraphs[1]!;
  const drawn = line === undefined ? drawHeadline(lede) : { headline: line, dateline: splitDateline(lede)?.dateline };
  const title = choices.title ?? drawn.headline;
  const text = paragraphs.join("\n\n");
  const lang = languageToWrite(text, choices.siteLanguage, choices.lang);
  const review: string[] = [];
  if (choices.title === undefined) review.push(line === undefined ? REVIEW_NOTE : LINE_REVIEW_NOTE);
  let slug = choices.slug ?? slugForHeadline(title);
  if (!slug) {
    slug = neutralSlug(isoDay(date));
    review.push("no readable slug could be made from the headline; the URL uses a neutral one");
  }
  const article: ImportedArticle = {
    origin,
    title,
    date,
    // The summary is the lede's first sentence after the dateline, which has its own line.
    summary: firstSentence(splitDateline(lede)?.rest || lede),
    tags: mergeTags(choices.tags, suggestTags(`${choices.title ?? ""}\n\n${text}`)),
    aliases: [],
    body: literalMarkdown(paragraphs),
    slug,
    assets: [],
    review,
    notes: [],
    verbatim: paragraphs,
  };
  if (drawn.dateline) article.dateline = drawn.dateline;
  if (lang) article.lang = lang;
  return { ok: true, article };
}
