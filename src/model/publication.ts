/**
 * Which articles are published now. `npm run build` publishes an article when it is not a
 * draft and its date has come; `npm start` (preview) shows the rest too, marked.
 *
 * "Now" is SOURCE_DATE_EPOCH (seconds since 1970, the reproducible-builds convention) when
 * set, else the clock. An article with a full time (2026-03-03T09:00:00+01:00) goes live
 * at that instant. A date-only article (2026-03-03) goes live at 00:00 of that day in the
 * newsroom's zone (`dateSettings.timeZone` in src/_data/dates.ts): it is scheduled exactly
 * while its day is later than today's date in that zone, and published from its day on.
 */
import { DateTime } from "luxon";
import { dateSettings, formatDisplayDateTime, type PublicationDate } from "../_data/dates.ts";
import { site } from "../_data/site.ts";
import { stringsFor } from "../strings/index.ts";

export type PublicationStatus = "published" | "draft" | "scheduled";

export interface LoadOptions {
  /** Include drafts and scheduled articles, marked (the dev server's preview). */
  preview?: boolean;
  /** The build's clock; defaults to `buildNow()`. */
  now?: DateTime;
}

/** A setting of the build's environment that cannot be used: the build stops with this message alone. */
export class SettingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SettingError";
  }
}

/** SOURCE_DATE_EPOCH when set (a whole number of seconds), else the clock. */
export function buildNow(env: NodeJS.ProcessEnv = process.env): DateTime {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch.trim() === "") return DateTime.now().setZone(dateSettings.timeZone);
  if (!/^\d+$/.test(epoch.trim())) throw new SettingError(`SOURCE_DATE_EPOCH: "${epoch}" is not a whole number of seconds since 1970`);
  return DateTime.fromSeconds(Number(epoch.trim()), { zone: dateSettings.timeZone });
}

/** A date-only date's instant is already 00:00 of its day in the newsroom's zone (dates.ts). */
export function goesLiveAt(date: PublicationDate): DateTime {
  return date.dateTime;
}

export function statusOf(article: { draft: boolean; date: PublicationDate }, now: DateTime): PublicationStatus {
  if (article.draft) return "draft";
  return goesLiveAt(article.date).toMillis() > now.toMillis() ? "scheduled" : "published";
}

export interface Schedule {
  drafts: number;
  /** Soonest first. */
  scheduled: PublicationDate[];
}

/** What the build prints about what it left out: "2 scheduled articles; the next goes live on 3 March 2026 at 09:00 +01:00". */
export function describeSchedule(schedule: Schedule): string | undefined {
  const parts: string[] = [];
  const next = schedule.scheduled[0];
  if (next) {
    const count = schedule.scheduled.length;
    parts.push(`${count} scheduled ${count === 1 ? "article" : "articles"}; the next goes live on ${describeGoLive(next)}`);
  }
  if (schedule.drafts > 0) parts.push(`${schedule.drafts} ${schedule.drafts === 1 ? "draft" : "drafts"} left out`);
  return parts.length ? parts.join("; ") : undefined;
}

/** 3 March 2026 at 09:00 +01:00; a date-only date at 00:00 in the newsroom's zone. */
export function describeGoLive(date: PublicationDate): string {
  return formatDisplayDateTime({ ...date, hasTime: true }, dateSettings.defaultLocale, " at ");
}

/** How a preview marks an article that `npm run build` leaves out. */
export function statusText(article: { status: PublicationStatus; date: PublicationDate }): string | undefined {
  if (article.status === "draft") return stringsFor(site.language).draftStatus;
  if (article.status === "scheduled") return stringsFor(site.language).scheduledFor(describeGoLive(article.date));
  return undefined;
}
