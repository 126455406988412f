/**
 * A month as a calendar: weeks from Monday (ISO 8601, as the newsroom's en-GB readers
 * expect) to Sunday, each day with its number of articles.
 */
import { DateTime } from "luxon";
import type { Archive, Article } from "../model/archive.ts";
import { paths } from "../render/urls.ts";

export interface CalendarCell {
  day: number;
  count: number;
  /** The day's page, when it has articles. */
  url?: string;
}

/** Seven cells a week; null pads the days of the neighbouring months. */
export type CalendarWeek = (CalendarCell | null)[];

export function monthCalendar(year: number, month: number, counts: ReadonlyMap<number, number>): CalendarWeek[] {
  const first = DateTime.utc(year, month, 1);
  const daysInMonth = first.daysInMonth ?? 31;
  const cells: (CalendarCell | null)[] = Array.from({ length: first.weekday - 1 }, () => null);
  for (let day = 1; day <= daysInMonth; day++) {
    const count = counts.get(day) ?? 0;
    cells.push(count > 0 ? { day, count, url: paths.day(year, month, day) } : { day, count });
  }
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: CalendarWeek[] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

const dayCounts = new WeakMap<readonly Article[], Map<string, Map<number, number>>>();

/** Articles per day of one month ("2026-2" → day → count), counted once per archive model. */
export function dayCountsOf(archive: Pick<Archive, "articles">, year: number, month: number): ReadonlyMap<number, number> {
  let all = dayCounts.get(archive.articles);
  if (!all) {
    all = new Map();
    for (const { date } of archive.articles) {
      const key = `${date.year}-${date.month}`;
      let days = all.get(key);
      if (!days) all.set(key, (days = new Map()));
      days.set(date.day, (days.get(date.day) ?? 0) + 1);
    }
    dayCounts.set(archive.articles, all);
  }
  return all.get(`${year}-${month}`) ?? new Map();
}
