/**
 * Every list page of the archive, computed once per build from the model: the home page,
 * each tag, each year, month and day, split into pages. Each `ListingPage` is the view
 * model its template renders (see _includes/home.ts, tag.ts, listing.ts).
 */
import { formatDay, monthName } from "../_data/dates.ts";
import { site } from "../_data/site.ts";
import type { Article, TagEntry, YearCount } from "../model/archive.ts";
import type { AuthorEntry } from "./authors.ts";
import { paths } from "../render/urls.ts";
import { stringsFor } from "../strings/index.ts";

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

type PageFields = Omit<ListingPage, "articles" | "pageNumber" | "pageCount" | "url" | "previousUrl" | "nextUrl">;

/** Splits a list into pages of `pageSize`, linking each to its neighbours. */
export function paginate<Page extends PageFields>(
  articles: readonly Article[],
  pageSize: number,
  urlOf: (page: number) => string,
  page: Page,
): (Page & ListingPage)[] {
  const pageCount = Math.max(1, Math.ceil(articles.length / pageSize));
  return Array.from({ length: pageCount }, (_, i) => {
    const pageNumber = i + 1;
    const listing: Page & ListingPage = {
      ...page,
      url: urlOf(pageNumber),
      articles: articles.slice(i * pageSize, (i + 1) * pageSize),
      pageNumber,
      pageCount,
    };
    if (pageNumber > 1) listing.previousUrl = urlOf(pageNumber - 1);
    if (pageNumber < pageCount) listing.nextUrl = urlOf(pageNumber + 1);
    if (pageNumber > 1) delete listing.periods;
    return listing;
  });
}

/** Home, tags, years, months and days: every list of articles, newest first. */
export function buildListings(articles: readonly Article[], tags: readonly TagEntry[], years: readonly YearCount[], pageSize: number): ListingPage[] {
  const t = stringsFor(site.language);
  const home: Crumb = { label: t.home, url: paths.home() };
  const listings: ListingPage[] = paginate(articles, pageSize, paths.home, {
    kind: "home",
    heading: t.latestArticles,
    description: site.description,
    breadcrumbs: [],
  });

  for (const tag of [...tags].sort((a, b) => (a.slug < b.slug ? -1 : 1))) {
    listings.push(
      ...paginate(tag.articles, pageSize, (page) => paths.tag(tag.slug, page), {
        kind: "tag",
        heading: tag.name,
        description: tag.description ?? t.tagDescription(tag.articles.length, tag.name),
        breadcrumbs: [home, { label: t.tags, url: paths.tags }],
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
      ...paginate(byYear.get(year.year) ?? [], pageSize, (page) => paths.year(year.year, page), {
        kind: "year",
        heading: String(year.year),
        description: t.yearDescription(year.count, year.year),
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
        ...paginate(monthArticles, pageSize, (page) => paths.month(year.year, month.month, page), {
          kind: "month",
          heading: month.label,
          description: t.monthDescription(month.count, month.label),
          breadcrumbs: [home, yearCrumb],
          periods: [...days.entries()]
            .sort(([a], [b]) => b - a)
            .map(([day, count]) => ({ label: formatDay(year.year, month.month, day), url: paths.day(year.year, month.month, day), count })),
        }),
      );
      for (const [day] of [...days.entries()].sort(([a], [b]) => b - a)) {
        const label = formatDay(year.year, month.month, day);
        listings.push(
          ...paginate(byDay.get(`${year.year}-${month.month}-${day}`) ?? [], pageSize, (page) => paths.day(year.year, month.month, day, page), {
            kind: "day",
            heading: label,
            description: t.dayDescription(label),
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
