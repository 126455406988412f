import { describe, expect, it } from "vitest";
import { formatDisplayDate, parsePublicationDate } from "../../src/_data/dates.ts";
import { directionOf, slugFor } from "../../src/model/content.ts";

function date(value: string) {
  const result = parsePublicationDate(value);
  if (!result.ok) throw new Error(result.error);
  return result.date;
}

describe("dates in the article's language", () => {
  it("shows a Persian article's date on the Gregorian day it was published, in Persian", () => {
    // 1 March 2026 is 10 Esfand 1404 in the Persian calendar: neither number may appear.
    const shown = formatDisplayDate(date("2026-03-01"), "fa");
    expect(shown).toBe("۱ مارس ۲۰۲۶");
    expect(shown).not.toMatch(/اسفند|۱۴۰۴/);
  });

  it.each([
    ["ar", "1 مارس 2026"],
    ["de", "1. März 2026"],
    ["ja", "2026年3月1日"],
    ["th", "1 มีนาคม 2026"],
    ["en", "1 March 2026"],
    ["en-US", "1 March 2026"],
  ])("writes 2026-03-01 in %s as %s, in the Gregorian calendar", (locale, expected) => {
    expect(formatDisplayDate(date("2026-03-01"), locale)).toBe(expected);
  });

  it("keeps the day written with an offset, not the day in UTC", () => {
    expect(formatDisplayDate(date("2025-12-31T23:30:00-08:00"), "fa")).toBe("۳۱ دسامبر ۲۰۲۵");
  });
});

describe("text direction", () => {
  it.each([
    ["fa", "rtl"],
    ["ar", "rtl"],
    ["he", "rtl"],
    ["ur", "rtl"],
    ["en", "ltr"],
    ["ja", "ltr"],
    ["az-Arab", "rtl"],
  ] as const)("%s reads %s", (lang, dir) => {
    expect(directionOf(lang)).toBe(dir);
  });
});

describe("slugs", () => {
  it("takes the slug from the file name after its date", () => {
    expect(slugFor("articles/2026/2026-03-01-persian-report.md", "گفت‌وگوهای ژنو ادامه دارد")).toBe("persian-report");
  });

  it.each([
    ["گفت‌وگوهای ژنو ادامه دارد", "gft-wgwhay-zhnw-adamh-dard"],
    ["مفاوضات جنيف", "mfawdat-jnyf"],
    ["Переговоры в Женеве", "peregovory-v-zheneve"],
    ["שיחות בז'נבה", "syhvt-vz-nvh"],
    ["제네바 회담", "jeneba-hoedam"],
    ["日内瓦会谈继续", "rineiwahuitanjixu"],
  ])("romanises a headline with no Latin letters: %s → %s", (title, slug) => {
    expect(slugFor("articles/2026/2026-03-01.md", title)).toBe(slug);
  });

  it("falls back to a fixed word when nothing in the headline can be spelled", () => {
    expect(slugFor("articles/2026/2026-03-01.md", "!!! ???")).toBe("article");
  });

  it("always gives the contract's form: lowercase ASCII words joined by -", () => {
    for (const title of ["Ünïcödé café — “quoted”", "C'est l'été", "  --  A  --  ", "ジュネーブ協議"]) {
      expect(slugFor("articles/2026/2026-03-01.md", title)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });
});
