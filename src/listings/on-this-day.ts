/**
 * "On this day": the articles of one calendar day (26 February) in every year, newest year
 * first, and the 366 days of the year with their counts. Computed once per archive model
 * from its articles (newest first already), without touching the model itself.
 */
import { DateTime } from "luxon";
import { dateSettings, pad2 } from "../_data/dates.ts";
import { site } from "../_data/site.ts";
import type { Archive, Article } from "../model/archive.ts";
import type { Crumb } from "./listings.ts";
import { newestChange } from "../outputs/feeds.ts";
import { instant } from "../_data/dates.ts";
import type { SitemapEntry } from "../outputs/sitemap.ts";
import { paths } from "../render/urls.ts";
import { stringsFor } from "../strings/index.ts";

function paged(base: string, page: number): string {
  return page > 1 ? `${base}page/${page}/` : base;
}

export const onThisDayPaths = {
  index: "/on-this-day/",
  day: (month: number, day: number, page = 1) => paged(`/on-this-day/${pad2(month)}-${pad2(day)}/`, page),
} as const;

export interface CalendarDay {
  month: number;
  day: number;
  /** 26 February */
  label: string;
  count: number;
  url: string;
}

export interface YearGroup {
  year: number;
  /** Newest first. */
  articles: Article[];
}

export interface OnThisDayPage {
  month: number;
  day: number;
  label: string;
  url: string;
  /** Articles on this calendar day in all years. */
  count: number;
  pageNumber: number;
  pageCount: number;
  previousUrl?: string;
  nextUrl?: string;
  breadcrumbs: Crumb[];
  /** This page's share of the day's articles, by year, newest year first. */
  groups: YearGroup[];
}

export interface OnThisDay {
  /** 1 January to 31 December, 29 February included. */
  days: CalendarDay[];
  /** Every page of every day with articles, day by day in calendar order. */
  pages: OnThisDayPage[];
  /** "MM-DD" → the day's articles, newest first. */
  articlesOn: ReadonlyMap<string, readonly Article[]>;
}

export function dayKey(month: number, day: number): string {
  return `${pad2(month)}-${pad2(day)}`;
}

/** 26 February, in the archive's house style. A leap year, so 29 February has a name. */
export function dayLabel(month: number, day: number): string {
  return DateTime.fromObject({ year: 2000, month, day }, { zone: "UTC" }).setLocale(dateSettings.defaultLocale).toFormat("d MMMM");
}

function calendarDays(): { month: number; day: number }[] {
  const days: { month: number; day: number }[] = [];
  for (let date = DateTime.utc(2000, 1, 1); date.year === 2000; date = date.plus({ days: 1 })) days.push({ month: date.month, day: date.day });
  return days;
}

function groupByYear(articles: readonly Article[]): YearGroup[] {
  const groups: YearGroup[] = [];
  for (const article of articles) {
    const last = groups.at(-1);
    if (last && last.year === article.date.year) last.articles.push(article);
    else groups.push({ year: article.date.year, articles: [article] });
  }
  return groups;
}

/** Newest year first; within a year, the archive's own order (newest first). */
function byYearDescending(articles: readonly Article[]): Article[] {
  return [...articles].sort((a, b) => b.date.year - a.date.year);
}

const computed = new WeakMap<readonly Article[], OnThisDay>();

export function onThisDay(archive: Pick<Archive, "articles">): OnThisDay {
  let model = computed.get(archive.articles);
  if (!model) computed.set(archive.articles, (model = compute(archive.articles)));
  return model;
}

function compute(articles: readonly Article[]): OnThisDay {
  const articlesOn = new Map<string, Article[]>();
  for (const article of articles) {
    const key = dayKey(article.date.month, article.date.day);
    const list = articlesOn.get(key);
    if (list) list.push(article);
    else articlesOn.set(key, [article]);
  }
  // An article's year is the year written in its source; a time with an offset may sort
  // it among another year's articles, so each day is put in year order explicitly.
  for (const [key, list] of articlesOn) articlesOn.set(key, byYearDescending(list));

  const t = stringsFor(site.language);
  const home: Crumb = { label: t.home, url: paths.home() };
  const crumbs: Crumb[] = [home, { label: t.onThisDay, url: onThisDayPaths.index }];
  const days: CalendarDay[] = [];
  const pages: OnThisDayPage[] = [];
  for (const { month, day } of calendarDays()) {
    const list = articlesOn.get(dayKey(month, day)) ?? [];
    const label = dayLabel(month, day);
    days.push({ month, day, label, count: list.length, url: onThisDayPaths.day(month, day) });
    if (list.length === 0) continue;
    const pageCount = Math.ceil(list.length / site.pageSize);
    for (let i = 0; i < pageCount; i++) {
      const pageNumber = i + 1;
      const page: OnThisDayPage = {
        month,
        day,
        label,
        url: onThisDayPaths.day(month, day, pageNumber),
        count: list.length,
        pageNumber,
        pageCount,
        breadcrumbs: crumbs,
        groups: groupByYear(list.slice(i * site.pageSize, pageNumber * site.pageSize)),
      };
      if (pageNumber > 1) page.previousUrl = onThisDayPaths.day(month, day, pageNumber - 1);
      if (pageNumber < pageCount) page.nextUrl = onThisDayPaths.day(month, day, pageNumber + 1);
      pages.push(page);
    }
  }
  return { days, pages, articlesOn };
}

/**
 * The day the build runs, in the newsroom's zone (dates.ts): SOURCE_DATE_EPOCH (seconds)
 * when set, so a reproducible build shows the same day whenever it runs; else now.
 */
export function buildDate(env: NodeJS.ProcessEnv = process.env): DateTime {
  const written = env.SOURCE_DATE_EPOCH?.trim();
  if (!written) return DateTime.now().setZone(dateSettings.timeZone);
  if (!/^\d+$/.test(written)) throw new Error(`SOURCE_DATE_EPOCH: "${written}" is not a whole number of seconds since 1970`);
  return DateTime.fromSeconds(Number(written), { zone: dateSettings.timeZone });
}

export interface OnThisDayTeaser {
  day: CalendarDay;
  /** The day's articles from years before the build's (this year's are on the home page already). */
  earlier: YearGroup[];
  earlierCount: number;
}

export function teaserFor(model: OnThisDay, date: DateTime): OnThisDayTeaser | undefined {
  const list = (model.articlesOn.get(dayKey(date.month, date.day)) ?? []).filter((a) => a.date.year < date.year);
  if (list.length === 0) return undefined;
  const day = model.days.find((d) => d.month === date.month && d.day === date.day)!;
  return { day, earlier: groupByYear(list), earlierCount: list.length };
}

/** The index and every day page, each dated by the newest change among its articles. */
export function onThisDaySitemapEntries(model: OnThisDay, articles: readonly Article[]): SitemapEntry[] {
  const newest = newestChange(articles);
  const entries: SitemapEntry[] = [newest ? { path: onThisDayPaths.index, lastmod: instant(newest) } : { path: onThisDayPaths.index }];
  for (const page of model.pages) {
    const list = model.articlesOn.get(dayKey(page.month, page.day)) ?? [];
    const changed = newestChange(list);
    entries.push(changed ? { path: page.url, lastmod: instant(changed) } : { path: page.url });
  }
  return entries;
}

