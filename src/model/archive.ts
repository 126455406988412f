import { compareNewestFirst, formatMonth } from "../_data/dates.ts";
import { site } from "../_data/site.ts";
import { TAG_KINDS, type TagKind } from "../_data/tags.ts";
import { prepareImages } from "../images/registry.ts";
import { loadArticleRecords, type ArticleRecord } from "./content.ts";
import { buildListings, type ListingPage } from "../listings/listings.ts";
import { ContentError, type Problem } from "./problems.ts";
import { createTagResolver, resolveTags, type Tag, type TagResolver } from "./taxonomy.ts";
import { paths } from "../render/urls.ts";

export interface Article extends ArticleRecord {
  /** Root-relative URL: /2026/02/26/slug/ */
  url: string;
  tags: Tag[];
  older?: Article;
  newer?: Article;
  related: Article[];
}

export interface TagEntry extends Tag {
  url: string;
  feedUrl: string;
  /** Newest first. */
  articles: Article[];
}



export interface MonthCount {
  year: number;
  month: number;
  label: string;
  url: string;
  count: number;
}

export interface YearCount {
  year: number;
  url: string;
  count: number;
  /** All twelve months, empty ones with count 0, January first. */
  months: MonthCount[];
}

export interface TagGroup {
  kind: TagKind;
  tags: TagEntry[];
}

export interface Archive {
  /** Newest first; ties in time are ordered by URL, so builds are reproducible. */
  articles: Article[];
  tags: TagEntry[];
  tagGroups: TagGroup[];
  years: YearCount[];
  listings: ListingPage[];
}

export const RELATED_COUNT = 4;
/** How many neighbours in time each shared tag contributes as candidates: keeps related articles linear. */
const RELATED_WINDOW = 8;

/** Loads, validates and models the whole archive once; throws ContentError naming every bad file. */
export async function loadArchive(articlesDir: string, root: string, resolver?: TagResolver): Promise<Archive> {
  const { records, problems } = await loadArticleRecords(articlesDir, root);
  // Images are checked and processed (into their cache, never the output) before any page is written.
  const imageProblems = await prepareImages(records, root, articlesDir);
  return buildArchive(records, [...problems, ...imageProblems], resolver);
}

export function buildArchive(records: readonly ArticleRecord[], earlierProblems: readonly Problem[] = [], resolver: TagResolver = createTagResolver()): Archive {
  const problems = [...earlierProblems];
  const ordered = [...records].sort((a, b) => (a.sourcePath < b.sourcePath ? -1 : 1));
  const taxonomy = resolveTags(
    ordered.map((r) => ({ sourcePath: r.sourcePath, tags: r.writtenTags })),
    resolver,
  );
  problems.push(...taxonomy.problems);

  const byUrl = new Map<string, Article>();
  const articles: Article[] = [];
  ordered.forEach((record, i) => {
    const url = paths.article(record.date.year, record.date.month, record.date.day, record.slug);
    const article: Article = { ...record, url, tags: taxonomy.tagsOf[i] ?? [], related: [] };
    const claimant = byUrl.get(url);
    if (claimant) {
      problems.push({
        file: record.sourcePath,
        field: "date",
        message: `claims the URL ${url}, already the URL of ${claimant.sourcePath} (same date and file slug); rename one file or change its date`,
      });
      return;
    }
    byUrl.set(url, article);
    articles.push(article);
  });
  if (problems.length > 0) {
    throw new ContentError([...problems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)));
  }

  articles.sort((a, b) => compareNewestFirst(a.date, b.date) || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  for (let i = 0; i < articles.length; i++) {
    const article = articles[i]!;
    const newer = articles[i - 1];
    const older = articles[i + 1];
    if (newer) article.newer = newer;
    if (older) article.older = older;
  }

  const tags = indexTags(articles);
  linkRelated(articles, tags);
  const years = countByMonth(articles);
  return {
    articles,
    tags: [...tags.values()].sort((a, b) => a.slug.localeCompare(b.slug)),
    tagGroups: groupTags([...tags.values()]),
    years,
    listings: buildListings(articles, [...tags.values()], years, site.pageSize),
  };
}

function indexTags(articles: readonly Article[]): Map<Tag, TagEntry> {
  const entries = new Map<Tag, TagEntry>();
  for (const article of articles) {
    for (const tag of article.tags) {
      let entry = entries.get(tag);
      if (!entry) {
        entry = { ...tag, url: paths.tag(tag.slug), feedUrl: paths.tagFeed(tag.slug), articles: [] };
        entries.set(tag, entry);
      }
      entry.articles.push(article);
    }
  }
  return entries;
}

/**
 * Related articles share tags; rarer shared tags weigh more. Each tag offers only the
 * articles nearest in time to this one, so the work is linear in the archive's size even
 * when one tag holds a third of it.
 */
function linkRelated(articles: readonly Article[], tags: ReadonlyMap<Tag, TagEntry>): void {
  const positionInTag = new Map<TagEntry, Map<Article, number>>();
  for (const entry of tags.values()) positionInTag.set(entry, new Map(entry.articles.map((a, i) => [a, i])));
  const rank = new Map<Article, number>(articles.map((a, i) => [a, i]));

  for (const article of articles) {
    const scores = new Map<Article, number>();
    for (const tag of article.tags) {
      const entry = tags.get(tag)!;
      const at = positionInTag.get(entry)!.get(article)!;
      const weight = 1 / Math.log2(2 + entry.articles.length);
      const from = Math.max(0, at - RELATED_WINDOW);
      const to = Math.min(entry.articles.length - 1, at + RELATED_WINDOW);
      for (let j = from; j <= to; j++) {
        if (j === at) continue;
        const other = entry.articles[j]!;
        scores.set(other, (scores.get(other) ?? 0) + weight);
      }
    }
    const own = rank.get(article)!;
    article.related = [...scores.entries()]
      .sort(
        ([a, scoreA], [b, scoreB]) =>
          scoreB - scoreA || Math.abs(rank.get(a)! - own) - Math.abs(rank.get(b)! - own) || rank.get(a)! - rank.get(b)!,
      )
      .slice(0, RELATED_COUNT)
      .map(([other]) => other);
  }
}

function countByMonth(articles: readonly Article[]): YearCount[] {
  const years = new Map<number, YearCount>();
  for (const article of articles) {
    const { year, month } = article.date;
    let entry = years.get(year);
    if (!entry) {
      entry = {
        year,
        url: paths.year(year),
        count: 0,
        months: Array.from({ length: 12 }, (_, i) => ({
          year,
          month: i + 1,
          label: formatMonth(year, i + 1),
          url: paths.month(year, i + 1),
          count: 0,
        })),
      };
      years.set(year, entry);
    }
    entry.count++;
    entry.months[month - 1]!.count++;
  }
  return [...years.values()].sort((a, b) => b.year - a.year);
}

function groupTags(tags: readonly TagEntry[]): TagGroup[] {
  return TAG_KINDS.map((kind) => ({
    kind,
    tags: tags.filter((t) => t.kind === kind).sort((a, b) => a.name.localeCompare(b.name, "en") || (a.slug < b.slug ? -1 : 1)),
  })).filter((group) => group.tags.length > 0);
}
