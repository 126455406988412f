import { compareNewestFirst, formatDay, formatMonth, monthName } from "../_data/dates.ts";
import { site } from "../_data/site.ts";
import { TAG_KINDS, TAG_KIND_LABELS, type TagKind } from "../_data/tags.ts";
import { loadArticleRecords, type ArticleRecord } from "./content.ts";
import { ContentError, type Problem } from "./problems.ts";
import { createTagResolver, resolveTags, type Tag, type TagResolver } from "./taxonomy.ts";
import { paths } from "./urls.ts";
import { createAuthorResolver, resolveAuthors, type Author, type AuthorResolver } from "../model/authors.ts";
import { buildNow, statusOf, type LoadOptions, type PublicationStatus, type Schedule } from "../model/publication.ts";
import { indexCorrections, type CorrectionEntry } from "../model/corrections.ts";
import { authorListings, indexAuthors, type AuthorEntry } from "../listings/authors.ts";
import { planRedirects, type Redirect } from "../outputs/redirects.ts";

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
}

export interface TagEntry extends Tag {
  url: string;
  feedUrl: string;
  /** Newest first. */
  articles: Article[];
}

export interface Crumb {
  label: string;
  url: string;
}

export interface PeriodLink {
  label: string;
  url: string;
  count: number;
}

export type ListingKind = "home" | "tag" | "year" | "month" | "day" | "author";

/** One page of a list of articles: the home page, a tag, a year, a month or a day. */
export interface ListingPage {
  kind: ListingKind;
  url: string;
  heading: string;
  description: string;
  articles: Article[];
  pageNumber: number;
  pageCount: number;
  previousUrl?: string;
  nextUrl?: string;
  breadcrumbs: Crumb[];
  tag?: TagEntry;
  author?: AuthorEntry;
  /** On the first page of a year or month: its months or days, with counts. */
  periods?: PeriodLink[];
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
  label: string;
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
}

export interface ArchiveOptions extends LoadOptions {
  tagResolver?: TagResolver;
  authorResolver?: AuthorResolver;
}

/**
 * Each source record gets a number when it is parsed; a record the dev server reuses
 * (content.ts's cache: file unchanged) keeps its number, so fingerprints below change
 * only for pages that show an edited article.
 */
const recordRevisions = new WeakMap<ArticleRecord, number>();
let lastRevision = 0;
const revisions = new WeakMap<Article, number>();

function revisionOf(record: ArticleRecord): number {
  let revision = recordRevisions.get(record);
  if (revision === undefined) {
    revision = ++lastRevision;
    recordRevisions.set(record, revision);
  }
  return revision;
}

/**
 * An article as a list entry or a related or neighbour link shows it (see
 * _includes/partials/article-list.ts): not its body, so editing a body re-renders the
 * article's own page only.
 */
function shown(article: Article): string {
  return JSON.stringify([
    article.url,
    article.title,
    article.date.written,
    article.updated?.written,
    article.summary,
    article.dateline,
    article.byline,
    article.source,
    article.lang,
    article.dir,
    article.status,
    article.authors.map((a) => a.slug),
    article.readingMinutes,
    article.tags.map((t) => [t.kind, t.name, t.slug]),
  ]);
}

/** Everything an article page shows that can change when any article changes (see definePage's `fingerprint`). */
export function articleFingerprint(article: Article): string {
  return [revisions.get(article) ?? "?", shown(article), article.older ? shown(article.older) : "", article.newer ? shown(article.newer) : "", ...article.related.map(shown)].join("\n");
}

/** Articles a page shows in full (a feed): any change to any of them, body included, changes it. */
export function articlesFingerprint(articles: readonly Article[]): string {
  return articles.map((article) => `${revisions.get(article) ?? "?"}:${shown(article)}`).join("\n");
}

/** Everything a list page shows: its place in the pagination, its counts and its entries. */
export function listingFingerprint(listing: ListingPage): string {
  return JSON.stringify([
    listing.url,
    listing.heading,
    listing.description,
    listing.pageCount,
    listing.previousUrl,
    listing.nextUrl,
    listing.breadcrumbs,
    listing.periods,
    listing.tag ? [listing.tag.name, listing.tag.kind, listing.tag.description] : null,
    listing.author ? [listing.author.name, listing.author.bio, listing.author.website, listing.author.articles.length] : null,
    listing.articles.map(shown),
  ]);
}

export const RELATED_COUNT = 4;
/** How many neighbours in time each shared tag contributes as candidates: keeps related articles linear. */
const RELATED_WINDOW = 8;

/** Loads, validates and models the whole archive once; throws ContentError naming every bad file. */
export async function loadArchive(articlesDir: string, root: string, options: ArchiveOptions = {}): Promise<Archive> {
  const { records, problems } = await loadArticleRecords(articlesDir, root);
  return buildArchive(records, problems, options);
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
    revisions.set(article, revisionOf(record));
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
  const listings = [...buildListings(articles, [...tags.values()], years), ...authorListings(authors)];
  // Aliases are checked against every page the model knows, so the whole model comes first.
  const redirects = planRedirects(articles, listings);
  problems.push(...redirects.problems);
  if (problems.length > 0) {
    throw new ContentError([...problems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)));
  }

  linkRelated(articles, tags);
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
    label: TAG_KIND_LABELS[kind],
    tags: tags.filter((t) => t.kind === kind).sort((a, b) => a.name.localeCompare(b.name, "en") || (a.slug < b.slug ? -1 : 1)),
  })).filter((group) => group.tags.length > 0);
}

/** Splits a list into pages of `site.pageSize`, linking each to its neighbours. */
export function paginate(
  articles: readonly Article[],
  urlOf: (page: number) => string,
  page: Omit<ListingPage, "articles" | "pageNumber" | "pageCount" | "url" | "previousUrl" | "nextUrl">,
): ListingPage[] {
  const pageCount = Math.max(1, Math.ceil(articles.length / site.pageSize));
  return Array.from({ length: pageCount }, (_, i) => {
    const pageNumber = i + 1;
    const listing: ListingPage = {
      ...page,
      url: urlOf(pageNumber),
      articles: articles.slice(i * site.pageSize, (i + 1) * site.pageSize),
      pageNumber,
      pageCount,
    };
    if (pageNumber > 1) listing.previousUrl = urlOf(pageNumber - 1);
    if (pageNumber < pageCount) listing.nextUrl = urlOf(pageNumber + 1);
    if (pageNumber > 1) delete listing.periods;
    return listing;
  });
}

export function plural(count: number, one: string): string {
  return `${count} ${count === 1 ? one : `${one}s`}`;
}

/** Every list page of the archive, computed once: home, tags, years, months and days. */
function buildListings(articles: readonly Article[], tags: readonly TagEntry[], years: readonly YearCount[]): ListingPage[] {
  const home: Crumb = { label: "Home", url: paths.home() };
  const listings: ListingPage[] = paginate(articles, paths.home, {
    kind: "home",
    heading: "Latest articles",
    description: site.description,
    breadcrumbs: [],
  });

  for (const tag of [...tags].sort((a, b) => (a.slug < b.slug ? -1 : 1))) {
    listings.push(
      ...paginate(tag.articles, (page) => paths.tag(tag.slug, page), {
        kind: "tag",
        heading: tag.name,
        description: tag.description ?? `${plural(tag.articles.length, "article")} tagged ${tag.name}.`,
        breadcrumbs: [home, { label: "Tags", url: paths.tags }],
        tag,
      }),
    );
  }

  const byDay = new Map<string, Article[]>();
  const byMonth = new Map<string, Article[]>();
  const byYear = new Map<number, Article[]>();
  for (const article of articles) {
    const { year, month, day } = article.date;
    push(byYear, year, article);
    push(byMonth, `${year}-${month}`, article);
    push(byDay, `${year}-${month}-${day}`, article);
  }

  for (const year of years) {
    const yearCrumb = { label: String(year.year), url: year.url };
    listings.push(
      ...paginate(byYear.get(year.year) ?? [], (page) => paths.year(year.year, page), {
        kind: "year",
        heading: String(year.year),
        description: `${plural(year.count, "article")} published in ${year.year}.`,
        breadcrumbs: [home],
        periods: year.months.filter((m) => m.count > 0).map((m) => ({ label: monthName(m.month), url: m.url, count: m.count })),
      }),
    );
    for (const month of year.months) {
      if (month.count === 0) continue;
      const monthArticles = byMonth.get(`${year.year}-${month.month}`) ?? [];
      const days = new Map<number, number>();
      for (const a of monthArticles) days.set(a.date.day, (days.get(a.date.day) ?? 0) + 1);
      const monthCrumb = { label: monthName(month.month), url: month.url };
      listings.push(
        ...paginate(monthArticles, (page) => paths.month(year.year, month.month, page), {
          kind: "month",
          heading: month.label,
          description: `${plural(month.count, "article")} published in ${month.label}.`,
          breadcrumbs: [home, yearCrumb],
          periods: [...days.entries()]
            .sort(([a], [b]) => b - a)
            .map(([day, count]) => ({ label: formatDay(year.year, month.month, day), url: paths.day(year.year, month.month, day), count })),
        }),
      );
      for (const [day] of [...days.entries()].sort(([a], [b]) => b - a)) {
        const label = formatDay(year.year, month.month, day);
        listings.push(
          ...paginate(byDay.get(`${year.year}-${month.month}-${day}`) ?? [], (page) => paths.day(year.year, month.month, day, page), {
            kind: "day",
            heading: label,
            description: `Articles published on ${label}.`,
            breadcrumbs: [home, yearCrumb, monthCrumb],
          }),
        );
      }
    }
  }
  return listings;
}

function push<K>(map: Map<K, Article[]>, key: K, article: Article): void {
  const list = map.get(key);
  if (list) list.push(article);
  else map.set(key, [article]);
}
