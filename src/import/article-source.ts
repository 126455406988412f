import { stringify } from "yaml";
import { isoDay, type PublicationDate } from "../_data/dates.ts";
import { literalMarkdown } from "./literal-markdown.ts";
import { toSlug } from "../model/slug.ts";

/**
 * Writes an article source (CONTRACT.md's format) for a dispatch: YAML front matter made
 * by the `yaml` package, so any headline is quoted correctly, then the text as Markdown
 * that publishes word for word.
 */
export interface NewArticle {
  title: string;
  /** The headline was drawn from the lede by the importer, not given by an editor. */
  titleDrawn: boolean;
  date: PublicationDate;
  summary: string;
  tags: readonly string[];
  paragraphs: readonly string[];
}

/** Said in the front matter of an article whose headline an editor has not written yet. */
export const REVIEW_NOTE = "headline drawn from the lede; write the real one and delete this line";

/** Longest slug, in characters, so a long headline still gives a file name every file system accepts. */
export const MAX_SLUG_LENGTH = 100;

/** The URL slug for a headline: toSlug, cut at a word when very long, never empty. */
export function slugForTitle(title: string): string {
  let slug = toSlug(title);
  if (slug.length > MAX_SLUG_LENGTH) {
    const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
    slug = cut.includes("-") ? cut.slice(0, cut.lastIndexOf("-")) : cut.slice(0, MAX_SLUG_LENGTH);
  }
  return slug || "dispatch";
}

/** articles/YYYY/YYYY-MM-DD-SLUG.md, relative to the articles folder. */
export function articlePath(date: PublicationDate, slug: string): string {
  return `${date.year}/${isoDay(date)}-${slug}.md`;
}

export function articleSource(article: NewArticle): string {
  const front: Record<string, unknown> = {
    title: article.title,
    ...(article.titleDrawn ? { review: REVIEW_NOTE } : {}),
    date: article.date.written,
    summary: article.summary,
    tags: [...article.tags],
  };
  if (article.tags.length === 0) delete front.tags;
  // lineWidth 0: a long headline stays on one line, as editors expect to find it.
  const yaml = stringify(front, { lineWidth: 0 });
  return `---\n${yaml}---\n\n${literalMarkdown(article.paragraphs)}`;
}

/**
 * Text compared to decide whether a dispatch is already in the archive: the words of
 * each paragraph, with white space, Unicode composition and Markdown markup ignored.
 */
export function comparableText(paragraphs: readonly string[]): string {
  return paragraphs
    .map((p) => p.normalize("NFC").replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .join("\n");
}
