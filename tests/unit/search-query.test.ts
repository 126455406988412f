import { describe, expect, it } from "vitest";
import { bundleOf, type Shown } from "../../src/search/client/engine.ts";
import { hasWordStarting } from "../../src/search/scripts.ts";
import { articleDay, type BundleEntry } from "../../src/search/schema.ts";
import { describeSearch, letterVariant, monthsBetween, paramsFromState, parseQuery, stateFromParams } from "../../src/search/client/query.ts";
import { headlineWords, snippet } from "../../src/search/client/snippet.ts";
import { fill, plural } from "../../src/search/client/words.ts";
import { en } from "../../src/strings/en.ts";
import { fa } from "../../src/strings/fa.ts";
import { ar } from "../../src/strings/ar.ts";

const state = (over: Partial<ReturnType<typeof stateFromParams>> = {}) => ({ q: "", tag: "", year: "", from: "", to: "", sort: "", ...over });

describe("the search query as typed", () => {
  it("finds phrases anywhere, excluded words, and the words left", () => {
    expect(parseQuery('talks "creative and positive ideas" -iran geneva')).toEqual({
      words: ["talks", "geneva"],
      phrases: ["creative and positive ideas"],
      excluded: ["iran"],
    });
  });

  it("reads a lone quoted word as a word, an unclosed quote to the end, and a lone dash as nothing", () => {
    expect(parseQuery('"geneva" - "walked out')).toEqual({ words: ["geneva"], phrases: ["walked out"], excluded: [] });
  });

  it("leaves out each word of a -\"quoted phrase\"", () => {
    expect(parseQuery('talks -"white house"').excluded).toEqual(["white", "house"]);
  });

  it("keeps words in any script", () => {
    expect(parseQuery("میانجیگری 北京 Москве").words).toEqual(["میانجیگری", "北京", "Москве"]);
  });
});

describe("the search's URL", () => {
  it("round-trips query, tag, year, months and order, and drops what is not a month or a year", () => {
    const params = new URLSearchParams("q=a+%22b+c%22+-d&tag=Iran&year=2019&from=2019-03&to=2020-13&sort=date");
    const read = stateFromParams(params);
    expect(read).toEqual({ q: 'a "b c" -d', tag: "Iran", year: "2019", from: "2019-03", to: "", sort: "date" });
    expect(paramsFromState(read).toString()).toBe("q=a+%22b+c%22+-d&tag=Iran&year=2019&from=2019-03&sort=date");
    expect(stateFromParams(new URLSearchParams("year=19&sort=oldest")).year).toBe("");
  });

  it("lists the months of a range, open ends meaning the archive's first or last month", () => {
    expect(monthsBetween("2019-11", "2020-02", "2001-03", "2026-02")).toEqual(["2019-11", "2019-12", "2020-01", "2020-02"]);
    expect(monthsBetween("2026-01", "", "2001-03", "2026-02")).toEqual(["2026-01", "2026-02"]);
    expect(monthsBetween("", "2001-04", "2001-03", "2026-02")).toEqual(["2001-03", "2001-04"]);
    expect(monthsBetween("2020-02", "2019-12", "2001-03", "2026-02")).toEqual(["2019-12", "2020-01", "2020-02"]);
    expect(monthsBetween("", "", "2001-03", "2026-02")).toBeUndefined();
  });

  it("says what was understood", () => {
    const query = parseQuery('talks "positive ideas" -iran -oman');
    const words = en.searchClient;
    expect(describeSearch(query, state({ tag: "Diplomacy", from: "2019-03", to: "2020-06" }), words)).toBe(
      "for “talks” and “positive ideas” without “iran” or “oman” tagged Diplomacy from March 2019 to June 2020",
    );
    expect(describeSearch(parseQuery("x"), state({ from: "2019-03", sort: "date" }), words)).toBe("for “x” from March 2019 on newest first");
    expect(describeSearch(parseQuery(""), state({ to: "2019-03", year: "2019" }), words)).toBe("from 2019 up to March 2019");
    expect(describeSearch(parseQuery("a b c"), state({ from: "2019-03", to: "2019-03" }), words)).toBe("for “a”, “b” and “c” in March 2019");
  });

  it("says it in the site's language, months and digits included", () => {
    expect(describeSearch(parseQuery("تهران -ژنو"), state({ from: "2019-03" }), fa.searchClient)).toBe("برای «تهران» بدون «ژنو» از مارس ۲۰۱۹ به بعد");
    expect(describeSearch(parseQuery("a b"), state({ tag: "إيران" }), ar.searchClient)).toBe("عن «a» و«b» بوسم إيران");
  });

  it("counts results with the language's plural forms", () => {
    const found = (words: typeof en.searchClient, n: number) => fill(plural(words.found, n, words.locale), { count: n.toLocaleString(words.locale), what: "…" });
    expect(found(en.searchClient, 1)).toBe("1 article found ….");
    expect(found(en.searchClient, 1234)).toBe("1,234 articles found ….");
    expect(found(ar.searchClient, 2)).toBe("عُثر على مقالين ….");
    // Arabic digits as the locale has them (CLDR writes "ar" with Latin digits), as the article pages do.
    expect(found(ar.searchClient, 5)).toBe(`عُثر على ${(5).toLocaleString("ar")} مقالات ….`);
    expect(found(ar.searchClient, 11)).toBe(`عُثر على ${(11).toLocaleString("ar")} مقالًا ….`);
    expect(found(fa.searchClient, 3)).toBe("۳ مقاله … پیدا شد.");
  });
});

describe("a result's snippet", () => {
  const content = "Talks end in Geneva The envoys met for six hours. Both sides said the talks were useful and would resume in Vienna next week, officials said on Friday.";

  it("counts the headline's words at the start of the indexed text", () => {
    expect(headlineWords(content.split(" "), "Talks end in Geneva")).toBe(4);
    expect(headlineWords(["北京", "举行", "会谈", "外交"], "北京举行会谈")).toBe(3);
    expect(headlineWords(["Other", "text"], "Talks")).toBe(0);
  });

  it("starts after the headline, at the sentence holding the first match in the body, and marks the matches", () => {
    // "talks" at 0 (headline) and 14 (body).
    const parts = snippet(content, "Talks end in Geneva", [0, 14], 12);
    expect(parts.map((p) => p.text).join("")).toBe("… Both sides said the talks were useful and would resume in Vienna …");
    expect(parts.filter((p) => p.marked).map((p) => p.text)).toEqual(["talks"]);
  });

  it("shows the lede when only the headline matched", () => {
    expect(snippet(content, "Talks end in Geneva", [0], 5).map((p) => p.text).join("")).toBe("The envoys met for six …");
  });

  it("skips a first paragraph that repeats the headline, as an imported dispatch's headline line does", () => {
    const repeated = "Talks end in Geneva. Talks end in Geneva. The envoys met for six hours.";
    expect(snippet(repeated, "Talks end in Geneva", [0, 4], 5).map((p) => p.text).join("")).toBe("The envoys met for six …");
    // Only a headline and its repeat: the repeat is all the body there is.
    expect(snippet("Talks end in Geneva. Talks end in Geneva.", "Talks end in Geneva", [0], 5).map((p) => p.text).join("")).toBe("Talks end in Geneva.");
  });

  it("never starts on the punctuation Pagefind puts between blocks in scripts without spaces", () => {
    const zh = ["台湾", "地震", ". ", "台湾", "地震", ". ", "新华网", "北京", "电", "，", "据", "测定"].join("\u200B");
    expect(snippet(zh, "台湾地震", [1, 4], 20).map((p) => p.text).join("")).toBe("新华网北京电，据测定");
    expect(snippet(zh, "台湾地震", [10], 3).map((p) => p.text).join("")).toBe("…据测定");
  });

  it("joins words of scripts without spaces without spaces", () => {
    const zh = ["北京", "会谈", "外交部长", "在", "北京", "举行", "会谈"].join("\u200B");
    expect(snippet(zh, "北京会谈", [4], 10).map((p) => p.text).join("")).toBe("外交部长在北京举行会谈");
  });
});

describe("whether a result's text has a word starting with a query word", () => {
  it("compares without case, accents or punctuation, by word start, or by containment in scripts without spaces", () => {
    expect(hasWordStarting("Talks in Genève, said “Witkoff”.", "genev")).toBe(true);
    expect(hasWordStarting("Talks in Genève", "eneva")).toBe(false);
    expect(hasWordStarting("I said Iran", "iranxq")).toBe(false);
    expect(hasWordStarting("Министр выступил в Москве", "москв")).toBe(true);
    expect(hasWordStarting("Министр выступил в Москве", "вальмики")).toBe(false);
    expect(hasWordStarting("外交部长在北京举行会谈", "北京")).toBe(true);
    // A word with punctuation inside is as many words as Pagefind splits it into.
    expect(hasWordStarting("it said window.__pwned = 'body'", "window.__pwned")).toBe(true);
    expect(hasWordStarting("it said window", "window.__pwned")).toBe(false);
  });
});

describe("which bundle a result comes from", () => {
  const bundle = (id: string, language: string, oldest: string, newest: string): BundleEntry => ({ id, path: `/pagefind/bundles/${id}/`, language, pages: 1, scripts: ["Latin"], oldest, newest });
  const bundles = [bundle("en-1", "en", "2020-06-01", "2026-02-26"), bundle("en-2", "en", "2001-01-01", "2020-06-01"), bundle("fa-1", "x-fa", "2001-01-01", "2026-02-26")];
  const result = (id: string, url: string): Shown => ({ id, data: { url, content: "", excerpt: "", locations: [], meta: {} } });

  it("reads the day from the article's URL, under any site path, and nothing from another URL", () => {
    expect(articleDay("/news-archive/2019/03/26/quayside-strike/")).toBe("2019-03-26");
    expect(articleDay("/2019/03/26/quayside-strike/?highlight=quay")).toBe("2019-03-26");
    expect(articleDay("/tags/trade/")).toBe("");
  });

  it("is the bundle of its index whose days hold its day, and none on a day two bundles share", () => {
    expect(bundleOf(result("en_abc1234", "/2021/05/01/a/"), bundles)).toBe("en-1");
    expect(bundleOf(result("en_abc1234", "/2003/05/01/a/"), bundles)).toBe("en-2");
    expect(bundleOf(result("x-fa_abc1234", "/2021/05/01/a/"), bundles)).toBe("fa-1");
    expect(bundleOf(result("en_abc1234", "/2020/06/01/a/"), bundles)).toBeUndefined();
    expect(bundleOf(result("ru_abc1234", "/2021/05/01/a/"), bundles)).toBeUndefined();
  });
});

describe("a query's other letter forms", () => {
  it("writes Arabic yeh and kaf in their Persian forms, or else Persian ones in their Arabic forms", () => {
    expect(letterVariant("شيكاگو")).toBe("شیکاگو");
    expect(letterVariant("على")).toBe("علی");
    expect(letterVariant("میانجیگری -کار")).toBe("ميانجيگري -كار");
    expect(letterVariant("talks در ژنو")).toBeUndefined();
  });
});
