import { describe, expect, it } from "vitest";
import { paths } from "../../src/render/urls.ts";
import { dateSettings, formatDisplayDate, instant, isoDay, machineDate, monthName, parsePublicationDate } from "../../src/_data/dates.ts";

function parsed(value: string) {
  const result = parsePublicationDate(value);
  if (!result.ok) throw new Error(result.error);
  return result.date;
}

describe("publication dates", () => {
  it("keeps a date written YYYY-MM-DD as that calendar day", () => {
    const date = parsed("2026-02-26");
    expect([date.year, date.month, date.day, date.hasTime]).toEqual([2026, 2, 26, false]);
    expect(formatDisplayDate(date)).toBe("26 February 2026");
    expect(machineDate(date)).toBe("2026-02-26");
  });

  it("keeps the day as written for a time with an offset, whatever it is in UTC", () => {
    const date = parsed("2025-12-31T23:30:00-08:00");
    expect(isoDay(date)).toBe("2025-12-31");
    expect(formatDisplayDate(date)).toBe("31 December 2025");
    expect(machineDate(date)).toBe("2025-12-31T23:30:00-08:00");
    expect(date.dateTime.toUTC().day).toBe(1);
  });

  it("accepts Z and compact offsets", () => {
    expect(isoDay(parsed("2026-02-26T05:00:00Z"))).toBe("2026-02-26");
    expect(isoDay(parsed("2026-02-26T05:00+0530"))).toBe("2026-02-26");
  });

  it("puts a date-only article at midnight in the newsroom's zone, for feeds", () => {
    expect(dateSettings.timeZone).toBe("UTC");
    expect(instant(parsed("2026-02-26"))).toBe("2026-02-26T00:00:00Z");
  });

  it.each([
    ["2026-02-30", /not a real date/],
    ["2026-13-01", /not a real date/],
    ["26/02/2026", /not a date/],
    ["2026-02-26T10:00:00", /not a date/],
    ["yesterday", /not a date/],
  ])("refuses %s", (value, message) => {
    const result = parsePublicationDate(value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it("names months in the reader's language", () => {
    expect(monthName(2)).toBe("February");
    expect(monthName(2, "fr")).toBe("février");
  });
});

describe("dates that name no real day", () => {
  it.each([
    ["2026-02-31", '"2026-02-31" is not a real date: February 2026 has 28 days'],
    ["2024-02-30", '"2024-02-30" is not a real date: February 2024 has 29 days'],
    ["2026-04-31", '"2026-04-31" is not a real date: April 2026 has 30 days'],
    ["2026-00-10", '"2026-00-10" is not a real date: a year has 12 months, not 0'],
    ["0000-01-01", '"0000-01-01" is not a real date: years run from 0001 to 9999'],
    ["2026-02-26T24:00:00Z", '"2026-02-26T24:00:00Z" is not a real date: an hour runs from 00 to 23, not 24'],
    ["2026-02-26T10:00:00+99:00", '"2026-02-26T10:00:00+99:00" is not a real date: the offset +99:00 is not a time zone\'s; offsets run from -14:00 to +14:00'],
    ["2026-02-26T10:00:00-14:30", '"2026-02-26T10:00:00-14:30" is not a real date: the offset -14:30 is not a time zone\'s; offsets run from -14:00 to +14:00'],
  ])("refuses %s in an editor's words", (value, message) => {
    const result = parsePublicationDate(value);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toBe(message);
      expect(result.error).not.toMatch(/of type number|unit out of range|specified/);
    }
  });

  it("accepts the first and last years and the widest real offsets", () => {
    expect(isoDay(parsed("0001-01-01"))).toBe("0001-01-01");
    expect(machineDate(parsed("0999-12-31"))).toBe("0999-12-31");
    expect(paths.article(999, 12, 31, "x")).toBe("/0999/12/31/x/");
    expect(parsed("9999-12-31").year).toBe(9999);
    expect(isoDay(parsed("2026-02-26T10:00:00+14:00"))).toBe("2026-02-26");
    expect(isoDay(parsed("2026-02-26T10:00:00-12:00"))).toBe("2026-02-26");
  });
});

describe("the Gregorian calendar in every language", () => {
  it.each([
    ["fa", "۲۶ فوریهٔ ۲۰۲۶"],
    ["fa-u-ca-persian", "۲۶ فوریهٔ ۲۰۲۶"],
    ["ar-SA", "٢٦ فبراير ٢٠٢٦"],
    ["th-u-ca-buddhist", "26 กุมภาพันธ์ 2026"],
  ])("shows 26 February 2026 in %s as %s", (locale, shown) => {
    expect(formatDisplayDate(parsed("2026-02-26"), locale)).toBe(shown);
  });

  it("names Gregorian months in Persian", () => {
    expect(monthName(2, "fa")).toBe("فوریه");
  });
});
