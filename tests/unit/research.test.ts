import { describe, expect, it } from "vitest";
import { parsePublicationDate } from "../../src/_data/dates.ts";
import type { Article } from "../../src/model/archive.ts";
import { monthCalendar } from "../../src/listings/month-calendar.ts";
import { buildDate, onThisDay, teaserFor } from "../../src/listings/on-this-day.ts";
import { bibtex, citationOf, personName } from "../../src/outputs/citation.ts";
import { csvField, csvRow } from "../../src/outputs/data-export.ts";

function article(url: string, date: string, extra: Partial<Article> = {}): Article {
  const parsed = parsePublicationDate(date);
  if (!parsed.ok) throw new Error(parsed.error);
  return { url, title: url, date: parsed.date, lang: "en", tags: [], related: [], corrections: [], summary: "", body: "", ...extra } as unknown as Article;
}

describe("build date", () => {
  it("is SOURCE_DATE_EPOCH's day in the newsroom's zone", () => {
    expect(buildDate({ SOURCE_DATE_EPOCH: String(Date.UTC(2027, 1, 26, 23, 59) / 1000) }).toISODate()).toBe("2027-02-26");
  });

  it("says what is wrong with a SOURCE_DATE_EPOCH that is not seconds", () => {
    expect(() => buildDate({ SOURCE_DATE_EPOCH: "yesterday" })).toThrow(/SOURCE_DATE_EPOCH: "yesterday"/);
  });
});

describe("on this day", () => {
  const articles = [
    article("/2026/02/26/a/", "2026-02-26"),
    article("/2025/02/26/b/", "2025-02-26T23:30:00-08:00"),
    article("/2024/02/29/c/", "2024-02-29"),
    article("/2020/02/26/d/", "2020-02-26"),
  ];

  it("counts each day by the date written in the source, not shifted to UTC", () => {
    const model = onThisDay({ articles });
    expect(model.days.find((d) => d.month === 2 && d.day === 26)?.count).toBe(3);
    expect(model.days.find((d) => d.month === 2 && d.day === 27)?.count).toBe(0);
    expect(model.days).toHaveLength(366);
  });

  it("shows on the home page only earlier years of the build day, and nothing on a day without any", () => {
    const model = onThisDay({ articles });
    const teaser = teaserFor(model, buildDate({ SOURCE_DATE_EPOCH: String(Date.UTC(2026, 1, 26) / 1000) }));
    expect(teaser?.earlier.map((g) => g.year)).toEqual([2025, 2020]);
    expect(teaserFor(model, buildDate({ SOURCE_DATE_EPOCH: String(Date.UTC(2026, 2, 1) / 1000) }))).toBeUndefined();
  });
});

describe("month calendar", () => {
  it("starts weeks on Monday and pads the days of other months", () => {
    const weeks = monthCalendar(2024, 2, new Map([[29, 2]]));
    expect(weeks[0]!.slice(0, 4)).toEqual([null, null, null, { day: 1, count: 0 }]);
    expect(weeks.at(-1)!.filter(Boolean).at(-1)).toEqual({ day: 29, count: 2, url: "/2024/02/29/" });
    expect(weeks.every((w) => w.length === 7)).toBe(true);
  });
});

describe("citation and data formats", () => {
  it("splits a byline name at its last space, and keeps a one-word name whole", () => {
    expect(personName("Badr al-Busaidi")).toEqual({ literal: "Badr al-Busaidi", given: "Badr", family: "al-Busaidi" });
    expect(personName("Reuters")).toEqual({ literal: "Reuters" });
  });

  it("escapes BibTeX's special characters so a headline stays one field", () => {
    const c = citationOf(article("/2026/01/15/t/", "2026-01-15", { title: "50% of {x} & y_z #1" } as Partial<Article>));
    expect(bibtex(c)).toContain("title = {50\\% of \\{x\\} \\& y\\_z \\#1}");
  });

  it("quotes CSV fields as RFC 4180 says", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField('say "hi", then\nleave')).toBe('"say ""hi"", then\nleave"');
    const row = csvRow(article("/2026/01/15/t/", "2026-01-15", { title: "A, B", byline: ["X Y", "Z"] } as Partial<Article>));
    expect(row.slice(row.indexOf(","))).toBe(',"A, B",2026-01-15,,X Y; Z,,,en,,0\r\n');
    expect(row).toMatch(/^https?:\/\/[^,]+\/2026\/01\/15\/t\/,/);
  });
});
