import { describe, expect, it } from "vitest";
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
