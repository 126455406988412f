import { groupUnder } from "../util/group.ts";
import { compareNewestFirst, formatMonth } from "../_data/dates.ts";
import { site } from "../_data/site.ts";
import { TAG_KINDS, type TagKind } from "../_data/tags.ts";
import { prepareImages } from "../images/registry.ts";
import { loadArticleRecords, type ArticleRecord } from "./content.ts";
import { buildListings, type ListingPage } from "../listings/listings.ts";
import { ContentError, type Problem } from "./problems.ts";
import { createTagResolver, resolveTags, type Tag, type TagResolver } from "./taxonomy.ts";
import { paths } from "../render/urls.ts";
import { createAuthorResolver, resolveAuthors, type Author, type AuthorResolver } from "./authors.ts";
import { buildNow, statusOf, type LoadOptions, type PublicationStatus, type Schedule } from "./publication.ts";
import { indexCorrections, type CorrectionEntry } from "./corrections.ts";
import { authorListings, indexAuthors, type AuthorEntry } from "../listings/authors.ts";
import { linkFormerUrls, planRedirects, type Redirect } from "../outputs/redirects.ts";

export interface Article extends ArticleRecord {
  /** Root-relative URL: /2026/02/26/slug/ */
  url: string;
  tags: Tag[];
  /** The byline's names as authors (canonical spellings); empty for unsigned copy. */
  authors: Author[];
  /** Always "published" in `npm run build`; the preview also shows drafts and scheduled articles. */
  status: PublicationStatus;
  older?: Article;
  newer?: Article;
  related: Article[];
  /** The body's links to another article's former URL (as a redirect path), with that article's URL. */
  formerUrlLinks?: Record<string, string>;
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
  /** By name. */
  authors: AuthorEntry[];
  /** Every correction of every article, newest first. */
  corrections: CorrectionEntry[];
  /** One redirect page per alias. */
  redirects: Redirect[];
  /** What was left out (none in the preview, which shows everything). */
  schedule: Schedule;
  /** Files under articles/ that were not read (hidden, not Markdown), for the build to name. */
  warnings?: Problem[];
}

export const RELATED_COUNT = 4;
/** How many neighbours in time each shared tag contributes as candidates: keeps related articles linear. */
const RELATED_WINDOW = 8;

/** Loads, validates and models the whole archive once; throws ContentError naming every bad file. */
export interface ArchiveOptions extends LoadOptions {
  tagResolver?: TagResolver;
  authorResolver?: AuthorResolver;
}

export async function loadArchive(articlesDir: string, root: string, options: ArchiveOptions = {}): Promise<Archive> {
  const { records, problems, warnings } = await loadArticleRecords(articlesDir, root);
  const now = options.now ?? buildNow();
  // Images are checked and processed (into their cache, never the output) before any page is
  // written; only those of articles this build publishes, so no draft's photo goes out.
  const shown = options.preview ? records : records.filter((record) => statusOf(record, now) === "published");
  const imageProblems = await prepareImages(shown, root, articlesDir);
  let archive: Archive;
  try {
    archive = buildArchive(records, [...problems, ...imageProblems], { ...options, now });
  } catch (error) {
    throw error instanceof ContentError && warnings.length ? new ContentError(error.problems, warnings) : error;
  }
  if (warnings.length) archive.warnings = warnings;
  return archive;
}

/**
 * Models the archive from parsed records. Drafts and articles whose date has not come
 * (src/model/publication.ts) are left out before anything else is computed, so no page,
 * list, count, neighbour, feed or index can show them; `preview` keeps them, marked.
 */
export function buildArchive(records: readonly ArticleRecord[], earlierProblems: readonly Problem[] = [], options: ArchiveOptions = {}): Archive {
  const problems = [...earlierProblems];
  const now = options.now ?? buildNow();
  const schedule: Schedule = { drafts: 0, scheduled: [] };
  const statusOfRecord = new Map<ArticleRecord, PublicationStatus>();
  const included: ArticleRecord[] = [];
  for (const record of records) {
    const status = statusOf(record, now);
    statusOfRecord.set(record, status);
    if (status === "published" || options.preview) included.push(record);
    else if (status === "draft") schedule.drafts++;
    else schedule.scheduled.push(record.date);
  }
  schedule.scheduled.sort((a, b) => a.dateTime.toMillis() - b.dateTime.toMillis());
  const ordered = included.sort((a, b) => (a.sourcePath < b.sourcePath ? -1 : 1));
  const taxonomy = resolveTags(
    ordered.map((r) => ({ sourcePath: r.sourcePath, tags: r.writtenTags })),
    options.tagResolver ?? createTagResolver(),
  );
  problems.push(...taxonomy.problems);
  const bylines = resolveAuthors(ordered, options.authorResolver ?? createAuthorResolver());
  problems.push(...bylines.problems);

  const byUrl = new Map<string, Article>();
  const articles: Article[] = [];
  ordered.forEach((record, i) => {
    const url = paths.article(record.date.year, record.date.month, record.date.day, record.slug);
    const article: Article = {
      ...record,
      url,
      tags: taxonomy.tagsOf[i] ?? [],
      authors: bylines.authorsOf[i] ?? [],
      status: statusOfRecord.get(record) ?? "published",
      related: [],
    };
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

  articles.sort((a, b) => compareNewestFirst(a.date, b.date) || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  for (let i = 0; i < articles.length; i++) {
    const article = articles[i]!;
    const newer = articles[i - 1];
    const older = articles[i + 1];
    if (newer) article.newer = newer;
    if (older) article.older = older;
  }

  const tags = indexTags(articles);
  const years = countByMonth(articles);
  const authors = indexAuthors(articles);
  const listings = [...buildListings(articles, [...tags.values()], years, site.pageSize), ...authorListings(authors, site.pageSize)];
  // Aliases are checked against every page the model knows, so the whole model comes first.
  const redirects = planRedirects(articles, listings);
  problems.push(...redirects.problems);
  if (problems.length > 0) {
    throw new ContentError([...problems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)));
  }

  linkRelated(articles, tags);
  linkFormerUrls(articles, redirects.redirects);
  return {
    articles,
    tags: [...tags.values()].sort((a, b) => a.slug.localeCompare(b.slug)),
    tagGroups: groupTags([...tags.values()]),
    years,
    listings,
    authors,
    corrections: indexCorrections(articles),
    redirects: redirects.redirects,
    schedule,
  };
}

function indexTags(articles: readonly Article[]): Map<Tag, TagEntry> {
  return groupUnder(
    articles,
    (article) => article.tags,
    (tag): TagEntry => ({ ...tag, url: paths.tag(tag.slug), feedUrl: paths.tagFeed(tag.slug), articles: [] }),
  );
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
