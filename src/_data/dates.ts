import { DateTime } from "luxon";

/**
 * EDITORS' SETTINGS — how dates are written and read. Edited by the newsroom when it changes
 * its house style (the display format) or its zone; the helpers below it are code.
 * The newsroom's date settings. Every date in the archive goes through these helpers,
 * so what an article's source says (2026-02-26) is what every page shows, on any machine
 * in any time zone: nothing here reads the zone of the machine that builds the site.
 */
export const dateSettings = {
  /** A date-only article (2026-02-26) was published at midnight here; feeds and sitemaps need an instant. */
  timeZone: "UTC",
  /** Shown to readers: 26 February 2026. */
  displayFormat: "d MMMM yyyy",
  monthFormat: "MMMM yyyy",
  monthNameFormat: "MMMM",
  /** Dates of articles without a language of their own are shown in this locale. */
  defaultLocale: "en-GB",
} as const;

export interface PublicationDate {
  /** The value exactly as written in the source. */
  written: string;
  /** The instant, in the offset it was written with (date-only: midnight in the newsroom zone). */
  dateTime: DateTime;
  hasTime: boolean;
  year: number;
  month: number;
  day: number;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}(:?\d{2})?)$/;

export type ParsedDate = { ok: true; date: PublicationDate } | { ok: false; error: string };

/** Years an article may be dated: four digits, and year 0 does not exist in the Gregorian calendar. */
export const YEARS = { first: 1, last: 9999 } as const;
/** Offsets in use on Earth run from -12:00 to +14:00; nothing beyond ±14:00 is a real zone. */
export const MAX_OFFSET_MINUTES = 14 * 60;

const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** Why a date or time of the right shape names no real moment, in an editor's words; undefined when it does. */
function impossibility(value: string): string | undefined {
  const [, y, m, d, h, min, sec, offset] =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/.exec(value) ?? [];
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  if (year < YEARS.first || year > YEARS.last) return `years run from ${pad4(YEARS.first)} to ${YEARS.last}`;
  if (month < 1 || month > 12) return `a year has 12 months, not ${month}`;
  const days = DateTime.utc(year, month).daysInMonth ?? 31;
  if (day < 1 || day > days) return `${MONTH_NAMES[month - 1]} ${year} has ${days} days`;
  if (h !== undefined && Number(h) > 23) return `an hour runs from 00 to 23, not ${h}`;
  if (min !== undefined && Number(min) > 59) return `a minute runs from 00 to 59, not ${min}`;
  if (sec !== undefined && Number(sec) > 59) return `a second runs from 00 to 59, not ${sec}`;
  if (offset && offset !== "Z") {
    const [, , oh, om] = /^([+-])(\d{2}):?(\d{2})?$/.exec(offset) ?? [];
    const minutes = Number(oh) * 60 + Number(om ?? 0);
    if (Number(om ?? 0) > 59 || minutes > MAX_OFFSET_MINUTES) return `the offset ${offset} is not a time zone's; offsets run from -14:00 to +14:00`;
  }
  return undefined;
}


/** Reads a front-matter date: `YYYY-MM-DD`, or a full ISO 8601 time with an offset. */
export function parsePublicationDate(written: string): ParsedDate {
  const value = written.trim();
  const hasTime = DATE_TIME_WITH_OFFSET.test(value);
  if (!hasTime && !DATE_ONLY.test(value)) {
    return {
      ok: false,
      error: `"${written}" is not a date; write YYYY-MM-DD or a full ISO 8601 time with offset (2026-02-26T14:30:00+01:00)`,
    };
  }
  const impossible = impossibility(value);
  if (impossible) return { ok: false, error: `"${written}" is not a real date: ${impossible}` };
  const dateTime = hasTime
    ? DateTime.fromISO(value.replace(" ", "T"), { setZone: true })
    : DateTime.fromISO(value, { zone: dateSettings.timeZone });
  if (!dateTime.isValid) {
    // Not reached for what `impossibility` checks; luxon's own explanation is a programmer's, not an editor's.
    return { ok: false, error: `"${written}" is not a real date or time` };
  }
  return {
    ok: true,
    date: { written: value, dateTime, hasTime, year: dateTime.year, month: dateTime.month, day: dateTime.day },
  };
}

/**
 * 26 February 2026, in the article's language. English keeps the house style; other languages
 * get their own long-date order (2026年2月26日), always in the Gregorian calendar: the day
 * written in the source is the day shown, even where the language's default calendar differs
 * (fa would otherwise show the Persian calendar, th the Buddhist one).
 */
export function formatDisplayDate(date: PublicationDate, locale: string = dateSettings.defaultLocale): string {
  const dateTime = date.dateTime.reconfigure({ locale: gregorian(locale), outputCalendar: "gregory" });
  if (/^en(-|$)/i.test(locale)) return dateTime.setLocale(dateSettings.defaultLocale).toFormat(dateSettings.displayFormat);
  return dateTime.toLocaleString({ day: "numeric", month: "long", year: "numeric" });
}

/**
 * The locale with the Gregorian calendar written into it. luxon's `outputCalendar` alone
 * loses to a calendar named in the tag itself (fa-u-ca-persian), and `setLocale("fa")`
 * alone names Persian months (اسفند for February) beside a Gregorian year.
 */
export function gregorian(locale: string): string {
  try {
    return new Intl.Locale(locale, { calendar: "gregory" }).toString();
  } catch {
    return dateSettings.defaultLocale;
  }
}

/**
 * The date and, when the source gives one, the time of day as written: "26 February 2026,
 * 18:30 +01:00". The offset is shown as the newsroom zone's name (`dateSettings.timeZone`:
 * "UTC", or "CET" for Europe/Paris) when it is that zone's offset at that instant, so a
 * reader sees the zone the newsroom works in; any other offset is shown as written.
 * Date-only values stay date-only.
 */
export function formatDisplayDateTime(date: PublicationDate, locale: string = dateSettings.defaultLocale, separator = ", "): string {
  const day = formatDisplayDate(date, locale);
  if (!date.hasTime) return day;
  const written = date.dateTime;
  const time = written.toFormat(written.second === 0 ? "HH:mm" : "HH:mm:ss");
  const inNewsroomZone = written.setZone(dateSettings.timeZone).setLocale(dateSettings.defaultLocale);
  const zone = inNewsroomZone.offset === written.offset ? inNewsroomZone.toFormat("ZZZZ") : written.toFormat("ZZ");
  return `${day}${separator}${time} ${zone}`;
}

/** The `datetime` attribute: the calendar date alone, or the full time with its offset. */
export function machineDate(date: PublicationDate): string {
  return date.hasTime ? (date.dateTime.toISO({ suppressMilliseconds: true }) ?? date.written) : isoDay(date);
}

/** 2026-02-26: the day as written, never shifted. */
export function isoDay(date: Pick<PublicationDate, "year" | "month" | "day">): string {
  return `${pad4(date.year)}-${pad2(date.month)}-${pad2(date.day)}`;
}

/** An RFC 3339 instant for feeds and sitemaps. */
export function instant(date: PublicationDate): string {
  return date.dateTime.toISO({ suppressMilliseconds: true }) ?? date.written;
}

/** A year as the contract writes it in dates and URLs: four digits, 0999 not 999. */
export function pad4(n: number): string {
  return String(n).padStart(4, "0");
}

export function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

export function monthName(month: number, locale: string = dateSettings.defaultLocale): string {
  return DateTime.fromObject({ year: 2000, month, day: 1 }, { zone: "UTC" })
    .setLocale(gregorian(locale))
    .toFormat(dateSettings.monthNameFormat);
}

export function formatMonth(year: number, month: number, locale: string = dateSettings.defaultLocale): string {
  return DateTime.fromObject({ year, month, day: 1 }, { zone: "UTC" }).setLocale(gregorian(locale)).toFormat(dateSettings.monthFormat);
}

export function formatDay(year: number, month: number, day: number, locale: string = dateSettings.defaultLocale): string {
  return DateTime.fromObject({ year, month, day }, { zone: "UTC" }).setLocale(gregorian(locale)).toFormat(dateSettings.displayFormat);
}

/** Newest first by instant; callers break ties with something stable, such as the URL. */
export function compareNewestFirst(a: PublicationDate, b: PublicationDate): number {
  return b.dateTime.toMillis() - a.dateTime.toMillis();
}

