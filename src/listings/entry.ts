import { formatDisplayDate, machineDate } from "../_data/dates.ts";
import type { Article } from "../model/archive.ts";
import { listedTags } from "../model/taxonomy.ts";
import { statusText } from "../model/publication.ts";

/**
 * An article as every list shows it (home, dates, tags, related): the view model the
 * list-entry partial renders from, and nothing else. The dev server's fingerprints are made
 * of these same objects (src/render/fingerprints.ts), so a field a list shows cannot be
 * left out of "what changed".
 */
export interface ArticleEntry {
  url: string;
  title: string;
  lang: string;
  dir: "ltr" | "rtl";
  datetime: string;
  dateLabel: string;
  dateline?: string;
  summary: string;
  /** In the preview: "Draft — not published", "Scheduled for …"; absent once published. */
  status?: string;
  /** The few tags a list shows (`listedTags`), not all of them. */
  tags: { name: string; slug: string }[];
}

/** Cache: one entry per article object, and each build makes new article objects. */
const entries = new WeakMap<Article, ArticleEntry>();

export function entryOf(article: Article): ArticleEntry {
  let entry = entries.get(article);
  if (!entry) {
    entry = {
      url: article.url,
      title: article.title,
      lang: article.lang,
      dir: article.dir,
      datetime: machineDate(article.date),
      dateLabel: formatDisplayDate(article.date, article.lang),
      summary: article.summary,
      tags: listedTags(article.tags).map(({ name, slug }) => ({ name, slug })),
    };
    if (article.dateline) entry.dateline = article.dateline;
    const status = statusText(article);
    if (status) entry.status = status;
    entries.set(article, entry);
  }
  return entry;
}
