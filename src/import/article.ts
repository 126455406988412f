import { stringify } from "yaml";
import type { PublicationDate } from "../_data/dates.ts";

/**
 * One article an importer made, from a dispatch, a Markdown post or a WordPress item,
 * before it is written: front matter in the contract's keys only, a Markdown body, the
 * files (images) to copy beside it, and what an editor should review.
 */
export interface ImportedArticle {
  /** Where it came from, for the report: a file, or "export.xml: item 12 “Title”". */
  origin: string;
  title: string;
  date: PublicationDate;
  updated?: PublicationDate;
  summary?: string;
  tags: string[];
  byline?: string[];
  dateline?: string;
  lang?: string;
  draft?: boolean;
  image?: { src: string; alt: string };
  /** Former root-relative URLs on the old site. */
  aliases: string[];
  /** Where the old site was served ("https://gazette.example"): an alias there is the article's old address. */
  oldSite?: string;
  /** Its own address on the old site (root-relative), which its relative links were written against. */
  oldPage?: string;
  /** Other old addresses of it (WordPress's `?p=42`), served here at its first alias. */
  otherOldAddresses?: string[];
  body: string;
  /** The slug to use, before any "-2" for a taken name. */
  slug: string;
  /** Files to copy beside the article: the name the body uses, and where it is now. */
  assets: { name: string; from: string }[];
  /** Why an editor should look; the first is written as the `review:` note. */
  review: string[];
  /** Things done that an editor may want to know, not needing review (keys left out…). */
  notes: string[];
  /** For dispatches: the paragraphs, which the body must publish exactly. */
  verbatim?: readonly string[];
}

/** Front matter in the contract's order, made by `yaml` so any value is quoted as it must be. */
export function importedSource(article: ImportedArticle, body: string = article.body): string {
  const front: Record<string, unknown> = { title: article.title };
  if (article.review.length > 0) front.review = article.review.join("; ");
  front.date = article.date.written;
  if (article.updated) front.updated = article.updated.written;
  if (article.summary) front.summary = article.summary;
  if (article.byline?.length) front.byline = article.byline.length === 1 ? article.byline[0] : article.byline;
  if (article.dateline) front.dateline = article.dateline;
  if (article.lang) front.lang = article.lang;
  if (article.draft) front.draft = true;
  if (article.image) front.image = article.image;
  if (article.tags.length > 0) front.tags = article.tags;
  if (article.aliases.length > 0) front.aliases = article.aliases;
  // lineWidth 0: a long headline stays on one line, as editors expect to find it.
  return `---\n${stringify(front, { lineWidth: 0 })}---\n\n${body.replace(/^(?:[ \t]*\n)+/, "").replace(/\s+$/, "")}\n`;
}

/** Said in the front matter of an article whose headline an editor has not written yet. */
export const REVIEW_NOTE = "headline drawn from the lede; write the real one and delete this line";
/** Said of an article whose headline is its dispatch's first line, which may be something else (a kicker, a slug line). */
export const LINE_REVIEW_NOTE = "headline taken from the dispatch's first line; check it and delete this line";
