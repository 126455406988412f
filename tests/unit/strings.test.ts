import { describe, expect, it } from "vitest";
import { ar } from "../../src/strings/ar.ts";
import { en } from "../../src/strings/en.ts";
import { fa } from "../../src/strings/fa.ts";
import { stringsFor, type Strings } from "../../src/strings/index.ts";

/** Every word of a strings module as "key.path → text", functions called with sample values. */
function wordsOf(strings: Strings): Map<string, string> {
  const words = new Map<string, string>();
  const walk = (value: unknown, path: string) => {
    if (typeof value === "string") words.set(path, value);
    else if (typeof value === "function") words.set(path, String((value as (...args: unknown[]) => unknown)(7, "X", 9)));
    else if (value && typeof value === "object") for (const [key, inner] of Object.entries(value)) walk(inner, path ? `${path}.${key}` : key);
  };
  walk(strings, "");
  return words;
}

/** The same in every language: names of formats and programs. */
const UNTRANSLATED = new Set(["withNode"]);

describe("the strings modules", () => {
  it("translate every word into Persian and Arabic, none left in English", () => {
    // Plural forms are each language's own (Arabic has six), so only the other keys must match.
    const keys = (words: Map<string, string>) => [...words.keys()].filter((key) => !key.startsWith("searchClient.found.")).sort();
    const english = wordsOf(en);
    for (const strings of [fa, ar]) {
      const words = wordsOf(strings);
      expect(keys(words)).toEqual(keys(english));
      const same = [...english].filter(([key, text]) => !UNTRANSLATED.has(key) && /\p{L}/u.test(text) && words.get(key) === text).map(([key]) => key);
      expect(same, `${strings.lang}: the same as in English`).toEqual([]);
    }
  });

  it("hand the search script only plain words, which survive the page's JSON", () => {
    for (const strings of [en, fa, ar]) expect(JSON.parse(JSON.stringify(strings.searchClient))).toEqual(strings.searchClient);
  });

  it("give the search script a form for every plural category of its language", () => {
    for (const strings of [en, ar]) {
      const { found, locale } = strings.searchClient;
      // No results at all is said by `noneFound`, so "zero" needs no form.
      const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories.filter((category) => category !== "zero");
      expect(Object.keys(found).sort()).toEqual([...categories].sort());
    }
  });

  it("count with each language's plurals and digits", () => {
    expect([1, 2, 1234].map(en.articles)).toEqual(["1 article", "2 articles", "1,234 articles"]);
    expect(fa.articles(12)).toBe("۱۲ مقاله");
    expect([1, 2].map(ar.articles)).toEqual(["مقال واحد", "مقالان"]);
    expect([1, 2, 5, 11].map(ar.articlesNoun)).toEqual(["مقال", "مقالان", "مقالات", "مقالًا"]);
    expect(fa.correctionsHeading(1)).not.toBe(fa.correctionsHeading(2));
  });

  it("are chosen by a page's language, a region or script ignored, English when there are none", () => {
    expect(stringsFor("fa-IR")).toBe(fa);
    expect(stringsFor("AR")).toBe(ar);
    expect(stringsFor("de")).toBe(en);
  });
});
