/**
 * Every correction in the archive, for /corrections/ and its feed, and the dates that
 * make an article "modified": a correction changes the article as much as an update does.
 */
import type { PublicationDate } from "../_data/dates.ts";
import type { Article } from "./archive.ts";
import type { Correction } from "./newsroom-fields.ts";

export interface CorrectionEntry {
  article: Article;
  correction: Correction;
  /** The correction's anchor on the article page: correction-1 is the first written. */
  anchor: string;
}

/** The anchor of the n-th correction (0-based) as written in the article's source. */
export function correctionAnchor(index: number): string {
  return `correction-${index + 1}`;
}

/** Newest first; corrections made at the same moment keep the archive's article order, then the order written. */
export function indexCorrections(articles: readonly Article[]): CorrectionEntry[] {
  const entries: CorrectionEntry[] = [];
  for (const article of articles) {
    article.corrections.forEach((correction, index) => entries.push({ article, correction, anchor: correctionAnchor(index) }));
  }
  // Array.prototype.sort is stable: equal dates keep the order they were pushed in.
  return entries.sort((a, b) => b.correction.date.dateTime.toMillis() - a.correction.date.dateTime.toMillis());
}

/** The latest correction of an article, if any. */
export function latestCorrection(article: { corrections: readonly Correction[] }): PublicationDate | undefined {
  let latest: PublicationDate | undefined;
  for (const { date } of article.corrections) if (!latest || date.dateTime.toMillis() > latest.dateTime.toMillis()) latest = date;
  return latest;
}
