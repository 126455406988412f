import { load } from "cheerio";
import { describe, expect, it } from "vitest";
import { DEFAULT_SHARD_SIZE, readSettings } from "../../src/settings.ts";
import { buildArchive } from "../../src/model/archive.ts";
import { parseArticle, type ArticleRecord } from "../../src/model/content.ts";
import {
  indexLanguageFor,
  keepBundleFile,
  keepListsWithin,
  bundleEntries,
  pagefindLanguage,
  planBundles,
  bundlePlan,
  recordHtml,
  recordSource,
  searchLanguageOf,
  sortKey,
} from "../../src/search/records.ts";

function record(file: string, front: string, body = "Body text."): ArticleRecord {
  const result = parseArticle(file, `---\n${front}\n---\n\n${body}\n`);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.record;
}

function archiveOf(count: number, lang = "en", from = 0) {
  return Array.from({ length: count }, (_, i) => {
    const day = String((i % 28) + 1).padStart(2, "0");
    const month = String((Math.floor(i / 28) % 12) + 1).padStart(2, "0");
    const year = 2000 + Math.floor(i / 336);
    return record(`articles/${lang}-${from + i}.md`, `title: Story ${from + i}\ndate: ${year}-${month}-${day}\nlang: ${lang}`);
  });
}

describe("the search index's bundles", () => {
  it("keeps one language per bundle, the site's language first at /pagefind/", () => {
    const { articles } = buildArchive([...archiveOf(3, "fa"), ...archiveOf(5, "en", 10), ...archiveOf(2, "ar", 20)]);
    const bundles = planBundles(articles, "en", 100);
    expect(bundles.map((b) => [b.id, b.path, b.articles.length, b.indexLanguage])).toEqual([
      ["en-1", "/pagefind/", 5, undefined],
      ["ar-1", "/pagefind/bundles/ar-1/", 2, "x-ar"],
      ["fa-1", "/pagefind/bundles/fa-1/", 3, "x-fa"],
    ]);
    expect(bundleEntries(bundles)).toEqual([
      { id: "en-1", path: "/pagefind/", language: "en", pages: 5, scripts: ["Latin"], newest: "2000-01-05", oldest: "2000-01-01" },
      // Kept as written, so even their own script's words are listed; English is stemmed, so its Latin words are not.
      { id: "ar-1", path: "/pagefind/bundles/ar-1/", language: "x-ar", pages: 2, scripts: ["Latin"], words: { Latin: ["body", "story", "text"] }, newest: "2000-01-02", oldest: "2000-01-01" },
      { id: "fa-1", path: "/pagefind/bundles/fa-1/", language: "x-fa", pages: 3, scripts: ["Latin"], words: { Latin: ["body", "story", "text"] }, newest: "2000-01-03", oldest: "2000-01-01" },
    ]);
    for (const bundle of bundles) expect(new Set(bundle.articles.map((a) => a.lang))).toEqual(new Set([bundle.language]));
  });

  it("lists the scripts of every letter a bundle's articles are indexed with, character references decoded", () => {
    const { articles } = buildArchive([
      record("articles/fa-1.md", "title: گزارش ژنو\ndate: 2020-01-01\nlang: fa\nbyline: Leila Jensen", "میانجیگری ادامه دارد."),
      record("articles/fa-2.md", "title: گفتگو\ndate: 2020-01-02\nlang: fa", "گفتگو ادامه دارد."),
      record("articles/en-1.md", "title: Talks resume\ndate: 2020-01-03", "Talks resumed in &#1046;eneva, 2020."),
      record("articles/ru-1.md", "title: Новости\ndate: 2020-01-04\nlang: ru", "Министр выступил."),
    ]);
    const scripts = Object.fromEntries(planBundles(articles, "en", 100).map((b) => [b.id, b.scripts]));
    expect(scripts).toEqual({ "en-1": ["Cyrillic", "Latin"], "fa-1": ["Arabic", "Latin"], "ru-1": ["Cyrillic"] });
  });

  it("splits a language into as few shards of at most shardSize as it can, evened out, newest articles in the first", () => {
    const { articles } = buildArchive(archiveOf(25));
    const bundles = planBundles(articles, "en", 10);
    expect(bundles.map((b) => b.articles.length)).toEqual([9, 9, 7]);
    expect(planBundles(buildArchive(archiveOf(30)).articles, "en", 10).map((b) => b.articles.length)).toEqual([10, 10, 10]);
    expect(bundles.flatMap((b) => b.articles)).toEqual(articles);
    const newestOf = (i: number) => bundles[i]!.articles[0]!.date.dateTime.toMillis();
    const oldestOf = (i: number) => bundles[i]!.articles.at(-1)!.date.dateTime.toMillis();
    expect(oldestOf(0)).toBeGreaterThanOrEqual(newestOf(1));
    expect(oldestOf(1)).toBeGreaterThanOrEqual(newestOf(2));
    // Merged bundles live below the primary's folder, never at it: Pagefind skips a merge of its own path.
    for (const bundle of bundles.slice(1)) expect(bundle.path).toMatch(/^\/pagefind\/bundles\/en-\d+\/$/);
  });

  it("indexes an article written in Chinese or Japanese in its script's segmented bundle, whatever its lang says", () => {
    const { articles } = buildArchive([
      record("articles/zh.md", "title: 北京举行会谈\ndate: 2026-01-02", "外交部长在北京与代表团举行会谈，双方讨论了贸易问题。"),
      record("articles/ja.md", "title: 東京で会談\ndate: 2026-01-03", "外務大臣は東京で代表団と会談し、貿易について話し合った。"),
      record("articles/en.md", "title: Talks in Beijing\ndate: 2026-01-04", "The minister met the delegation in Beijing (北京) to discuss trade."),
    ]);
    expect(articles.map((a) => [a.lang, searchLanguageOf(a)])).toEqual([
      ["en", "en"],
      ["en", "ja"],
      ["en", "zh"],
    ]);
    const bundles = planBundles(articles, "en", 10);
    expect(bundles.map((b) => [b.id, b.indexLanguage, b.articles.length])).toEqual([
      ["en-1", undefined, 1],
      ["ja-1", "ja", 1],
      ["zh-1", "zh", 1],
    ]);
  });

  it("plans the bundles once per archive: the indexer and the search page get the same plan", () => {
    const { articles } = buildArchive(archiveOf(5));
    expect(bundlePlan(articles, "en", 2)).toBe(bundlePlan(articles, "en", 2));
    expect(bundlePlan(articles, "en", 2).map((b) => b.id)).toEqual(["en-1", "en-2", "en-3"]);
    // Other settings, another plan.
    expect(bundlePlan(articles, "en", 5).map((b) => b.id)).toEqual(["en-1"]);
  });

  it("indexes other languages' words as written, since Pagefind stems merged queries by the primary's rules", () => {
    expect(indexLanguageFor("en", "en")).toBeUndefined();
    expect(indexLanguageFor("ar", "en")).toBe("x-ar");
    expect(indexLanguageFor("en", "fa")).toBe("x-en");
    // Languages written without spaces keep their own word splitting, forced: the article may say another lang.
    expect(indexLanguageFor("ja", "en")).toBe("ja");
  });

  it("makes the largest language primary when the site's own language has no articles", () => {
    const { articles } = buildArchive([...archiveOf(1, "ar"), ...archiveOf(2, "fa", 5)]);
    expect(planBundles(articles, "en", DEFAULT_SHARD_SIZE).map((b) => b.id)).toEqual(["fa-1", "ar-1"]);
  });

  it("keys languages as Pagefind does, by primary subtag", () => {
    expect(pagefindLanguage("en-GB")).toBe("en");
    expect(pagefindLanguage("FA")).toBe("fa");
    expect(pagefindLanguage("pt_BR")).toBe("pt");
  });

  it("keeps the bundles' word lists within a budget over the archive, dropping the longest first", () => {
    const words = (count: number) => Array.from({ length: count }, (_, i) => `w${i}`);
    const bundle = (id: string, lists: Record<string, string[]>) => ({ id, language: "en", path: `/pagefind/bundles/${id}/`, articles: [], scripts: ["Latin"], words: lists });
    const bundles = [bundle("en-1", { Han: words(5), Cyrillic: words(40) }), bundle("en-2", { Arabic: words(30) }), bundle("fa-1", { Latin: words(10) })];
    keepListsWithin(bundles, 50);
    expect(bundles.map((b) => Object.keys(b.words ?? {}))).toEqual([["Han"], ["Arabic"], ["Latin"]]);
    keepListsWithin(bundles, 15);
    expect(bundles.map((b) => b.words)).toEqual([{ Han: words(5) }, undefined, { Latin: words(10) }]);
  });

  it("reads SEARCH_SHARD_SIZE, refusing nonsense", () => {
    expect(readSettings({}).searchShardSize).toBe(DEFAULT_SHARD_SIZE);
    expect(readSettings({ SEARCH_SHARD_SIZE: "3" }).searchShardSize).toBe(3);
    expect(() => readSettings({ SEARCH_SHARD_SIZE: "0" })).toThrow(/SEARCH_SHARD_SIZE/);
    expect(() => readSettings({ SEARCH_SHARD_SIZE: "lots" })).toThrow(/SEARCH_SHARD_SIZE/);
  });

  it("publishes only what a search fetches", () => {
    for (const name of ["index", "fragment", "filter", "pagefind-entry.json", "pagefind.en_c82e767cc7.pf_meta"]) {
      expect(keepBundleFile(name, true), name).toBe(true);
      expect(keepBundleFile(name, false), name).toBe(true);
    }
    expect(keepBundleFile("pagefind.js", true)).toBe(true);
    expect(keepBundleFile("wasm.en.pagefind", true)).toBe(true);
    expect(keepBundleFile("pagefind.js", false)).toBe(false);
    expect(keepBundleFile("wasm.unknown.pagefind", false)).toBe(false);
    for (const name of ["pagefind-ui.js", "pagefind-ui.css", "pagefind-component-ui.js", "pagefind-modular-ui.js", "pagefind-highlight.js", "pagefind-worker.js"]) {
      expect(keepBundleFile(name, true), name).toBe(false);
    }
  });
});

describe("the document indexed for an article", () => {
  const { articles } = buildArchive([
    record(
      "articles/2026-02-26-geneva.md",
      "title: 'Talks <b>end</b> in Geneva'\ndate: 2026-02-26T22:30:00-08:00\nsummary: A dek, written by hand.\ndateline: Geneva\nbyline: [Ana Ruiz]\ntags: [Iran, Donald Trump, Sanctions]\nlang: en",
      "First paragraph with *emphasis* and a [link](https://example.com/x).\n\nSecond paragraph.",
    ),
  ]);
  const article = articles[0]!;
  const $ = load(recordHtml(recordSource(article)));

  it("holds the article's words, with the language on <html>", () => {
    expect($("html").attr("lang")).toBe("en");
    const body = $("[data-pagefind-body]");
    expect(body).toHaveLength(1);
    expect(body.find("h1").text()).toBe("Talks <b>end</b> in Geneva");
    expect(body.find("h1").attr("data-pagefind-meta")).toBe("title");
    expect(body.text()).toContain("First paragraph with emphasis and a link.");
    expect(body.text()).toContain("A dek, written by hand.");
    // Dateline and byline after the body, so snippets open on the story.
    const text = body.text();
    expect(text).toMatch(/A dek, written by hand\.\s+First paragraph[\s\S]*Second paragraph\.\s+Geneva · Ana Ruiz\n/);
    expect(body.find("a").attr("href")).toBe("https://example.com/x");
  });

  it("carries summary, sort and filters on ignored elements, so none becomes searchable text", () => {
    const hidden = $("[data-pagefind-ignore]");
    expect(hidden.find('[data-pagefind-meta="summary"]').text()).toBe("A dek, written by hand.");
    expect(hidden.find('[data-pagefind-sort="date"]').text()).toBe("2026-02-27T06:30:00Z");
    expect(hidden.find('[data-pagefind-filter="year"]').text()).toBe("2026");
    // The month as written (Geneva's 26 February), for a range of months.
    expect(hidden.find('[data-pagefind-filter="month"]').text()).toBe("2026-02");
    expect(hidden.find('[data-pagefind-filter="tag"]').map((_, e) => $(e).text()).get()).toEqual(["Iran", "Donald Trump", "Sanctions"]);
    expect(hidden.find('[data-pagefind-filter="person"]').text()).toBe("Donald Trump");
    expect(hidden.find('[data-pagefind-filter="place"]').text()).toBe("Iran");
    expect(hidden.find('[data-pagefind-filter="topic"]').text()).toBe("Sanctions");
  });

  it("has no metadata but what the article shows, since Pagefind indexes metadata as words", () => {
    const meta = $("[data-pagefind-meta]")
      .map((_, e) => $(e).attr("data-pagefind-meta"))
      .get();
    expect(meta.sort()).toEqual(["summary", "title"]);
  });

  it("sorts by the UTC instant, so string order is time order across offsets", () => {
    const { articles: pair } = buildArchive([
      record("articles/a.md", "title: A\ndate: 2025-12-31T23:30:00-08:00"),
      record("articles/b.md", "title: B\ndate: 2026-01-01"),
    ]);
    const [newer, older] = pair;
    expect(newer!.title).toBe("A");
    expect(sortKey(newer!) > sortKey(older!)).toBe(true);
    expect(sortKey(older!)).toBe("2026-01-01T00:00:00Z");
  });
});
