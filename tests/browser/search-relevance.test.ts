/**
 * Search as a reader hunting one story meets it, in real Chromium, on one build: a
 * generated archive of a few hundred articles in bundles of 50 (so several bundles per
 * language), plus hand-written articles in English, Persian, Russian, and Chinese and
 * Japanese that do not say their `lang`.
 */
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateArticles } from "../../bench/generate.ts";
import { queriesFor, type BenchQueries } from "../../bench/search-queries.ts";
import { CHROMIUM_ARGS, CHROMIUM_PATH, hasChromium } from "../helpers/browser.ts";
import { serveBuild, type ServedBuild } from "../helpers/served-build.ts";

const PREFIX = "/news-archive/";
const GENERATED = 300;

const HAND_WRITTEN: Record<string, string> = {
  "2019/2019-03-12-quayside-strike.md":
    "---\ntitle: Stevedores strike at the quayside\ndate: 2019-03-12\ntags: [Trade]\n---\n\nStevedores walked out at the quayside on Tuesday. I spoke to three of them at the gate in Antwerp.\n",
  "2019/2019-08-20-quayside-talks.md":
    "---\ntitle: Quayside owners meet again\ndate: 2019-08-20\n---\n\nThe owners met the stevedores walked out last spring, in Zeebrugge. The quayside reopened.\n\nOwners said stevedores walked out twice.\n",
  "2021/2021-01-05-quayside-winter.md":
    "---\ntitle: A quiet winter on the quayside\ndate: 2021-01-05\n---\n\nNobody expected it. Stevedores walked out again, for a day, at the quayside in Antwerp.\n",
  "2019/2019-05-14-port-budget.md": "---\ntitle: Port budget passed\ndate: 2019-05-14\n---\n\nThe council passed the 2019 budget for the harbour.\n",
  "2020/2020-05-01-moscow.md": "---\ntitle: Новости из Москвы\ndate: 2020-05-01\nlang: ru\n---\n\nМинистр выступил в Москве в понедельник.\n",
  "2020/2020-05-02-mediation.md": "---\ntitle: گزارش میانجیگری\ndate: 2020-05-02\nlang: fa\nbyline: Amina Okonjo\n---\n\nمیانجیگری و گفتگو ادامه دارد.\n",
  "2020/2020-05-03-beijing.md": "---\ntitle: 北京举行贸易会谈\ndate: 2020-05-03\n---\n\n外交部长在北京与代表团举行会谈，双方讨论了贸易问题。\n",
  "2020/2020-05-04-tokyo.md": "---\ntitle: 東京で会談\ndate: 2020-05-04\n---\n\n外務大臣は東京で代表団と会談し、貿易について話し合った。\n",
  // Bodies that open with their headline line, as dispatches brought in by `npm run import` do.
  "2019/2019-06-03-pilots.md": "---\ntitle: Harbour pilots end their strike\ndate: 2019-06-03\nbyline: Mara Lind\n---\n\nHarbour pilots end their strike\n\nThe pilots went back to work on Monday.\n",
  "2020/2020-05-05-nantou.md": "---\ntitle: 南投发生地震\ndate: 2020-05-05\n---\n\n南投发生地震\n\n新华网电，据测定，南投发生地震，震源深度约6公里。\n",
};

describe.skipIf(!hasChromium)("search over a generated archive in several bundles", () => {
  let served: ServedBuild;
  let browser: Browser;
  let queries: BenchQueries;
  let base: string;

  beforeAll(async () => {
    const generated = [...generateArticles({ count: GENERATED, seed: 7 })];
    // The oldest English article, and the three words of its headline the fewest articles contain (as the bench asks).
    queries = queriesFor(generated);
    const files: Record<string, string> = { ...HAND_WRITTEN };
    for (const article of generated) files[article.file] = article.text;
    served = await serveBuild("search-relevance", { prefix: PREFIX, files, env: { SEARCH_SHARD_SIZE: "50" } });
    browser = served.browser;
    base = `${served.server.url}search/`;
  }, 240_000);

  afterAll(async () => {
    await served?.close();
  });

  async function open(url: string, target: Browser = browser, viewport = { width: 1280, height: 800 }): Promise<Page> {
    const page = await target.newPage({ viewport });
    await page.goto(url);
    return page;
  }

  async function outcome(page: Page): Promise<string> {
    await page.waitForFunction(() => {
      const text = document.getElementById("search-status")?.textContent ?? "";
      return text !== "" && text !== "Searching…";
    });
    return (await page.textContent("#search-status")) ?? "";
  }

  const links = (page: Page) => page.$$eval(".search-result h2 a", (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  const search = (params: Record<string, string>) => `${base}?${new URLSearchParams(params)}`;

  describe("relevance over the whole archive", () => {
    it("puts the oldest article on the first page for three words of its headline, without asking for older results", async () => {
      expect(served.site.stdout).toMatch(/in (\d+) bundles/);
      expect(Number(/in (\d+) bundles/.exec(served.site.stdout)![1])).toBeGreaterThanOrEqual(6);
      const page = await open(search({ q: queries.knownItem }));
      expect(await outcome(page)).toMatch(/^\d+ articles? found for/);
      expect(await links(page), `${queries.knownItem} → ${queries.known.title}`).toContain(`${PREFIX.slice(0, -1)}${queries.known.path}`);
      expect(await page.isVisible("text=Search all")).toBe(false);
      await page.close();
    });

    it("shows the best matches as soon as they are final, before the count, and once", async () => {
      const page = await browser.newPage();
      // Each time the results change: which articles, and what the status said then.
      await page.addInitScript(() => {
        const renders: { links: string[]; status: string }[] = [];
        (window as unknown as { renders: typeof renders }).renders = renders;
        document.addEventListener("DOMContentLoaded", () => {
          const list = document.getElementById("search-results")!;
          new MutationObserver(() => {
            renders.push({ links: [...list.querySelectorAll("h2 a")].map((a) => new URL((a as HTMLAnchorElement).href).pathname), status: document.getElementById("search-status")!.textContent ?? "" });
          }).observe(list, { childList: true });
        });
      });
      await page.goto(search({ q: "quayside" }));
      expect(await outcome(page)).toBe("3 articles found for “quayside”.");
      const renders = await page.evaluate(() => (window as unknown as { renders: { links: string[]; status: string }[] }).renders);
      expect(renders).toHaveLength(1);
      expect(renders[0]!.status).toBe("Searching…");
      expect(renders[0]!.links).toEqual(await links(page));
      await page.close();
    });

    it("counts matches over every bundle, and lists them newest first in one click", async () => {
      const page = await open(search({ q: "quayside" }));
      expect(await outcome(page)).toBe("3 articles found for “quayside”.");
      await page.click("#search-options summary");
      await page.selectOption("#search-sort", "date");
      await page.waitForFunction(() => document.getElementById("search-status")?.textContent?.includes("newest first"));
      expect(new URL(page.url()).searchParams.get("sort")).toBe("date");
      expect(await links(page)).toEqual([
        `${PREFIX}2021/01/05/quayside-winter/`,
        `${PREFIX}2019/08/20/quayside-talks/`,
        `${PREFIX}2019/03/12/quayside-strike/`,
      ]);
      await page.close();
    });
  });

  describe("only the bundles that can hold a query", () => {
    /** The bundles whose files a fresh visit fetched: "en-2", "ru-1", … (the primary's are under /pagefind/ itself). */
    async function bundlesFetched(params: Record<string, string>): Promise<{ bundles: string[]; status: string }> {
      const page = await browser.newPage();
      const fetched = new Set<string>();
      page.on("request", (request) => {
        const bundle = /\/pagefind\/bundles\/([^/]+)\//.exec(new URL(request.url()).pathname)?.[1];
        if (bundle) fetched.add(bundle);
      });
      await page.goto(search(params));
      const status = await outcome(page);
      await page.close();
      return { bundles: [...fetched].sort(), status };
    }

    it("fetches no bundle whose articles have no letter of the query's script, and still finds the article", async () => {
      const russian = await bundlesFetched({ q: "Москве" });
      expect(russian.status).toBe("1 article found for “Москве”.");
      expect(russian.bundles).toContain("ru-1");
      expect(russian.bundles.filter((id) => /^(fa|zh|ja)-/.test(id))).toEqual([]);

      const english = await bundlesFetched({ q: "quayside" });
      expect(english.status).toBe("3 articles found for “quayside”.");
      expect(english.bundles.filter((id) => /^(ru|zh|ja)-/.test(id))).toEqual([]);
      expect(english.bundles.filter((id) => id.startsWith("en-")).length).toBeGreaterThanOrEqual(2);
    });

    it("fetches no bundle in another language whose few words in the query's script do not start with the query's", async () => {
      const english = await bundlesFetched({ q: "quayside" });
      expect(english.bundles.filter((id) => id.startsWith("fa-"))).toEqual([]);
      // A name in a Persian article's byline: its bundle lists its Latin words, and this is one.
      const byline = await bundlesFetched({ q: "okonjo" });
      expect(byline.status).toBe("1 article found for “okonjo”.");
      expect(byline.bundles).toContain("fa-1");
      // A Persian word no English article has in Persian letters: no English bundle but the primary (merged first) is fetched.
      const persian = await bundlesFetched({ q: "میانجیگری" });
      expect(persian.status).toBe("1 article found for “میانجیگری”.");
      expect(persian.bundles.filter((id) => id.startsWith("en-"))).toEqual([]);
    });

    it("fetches every bundle for a filter without words, so counts cover the whole archive", async () => {
      const tagged = await bundlesFetched({ tag: "Trade" });
      expect(tagged.status).toMatch(/^\d+ articles? found tagged Trade/);
      expect(tagged.bundles).toEqual(expect.arrayContaining(["ru-1", "zh-1", "ja-1"]));
    });
  });

  describe("no spurious matches", () => {
    const cases: [string, string, string | undefined][] = [
      ["English", "Ishtar", undefined],
      ["English", "stevedores", `${PREFIX}2019/03/12/quayside-strike/`],
      ["Russian", "вальмики", undefined],
      ["Russian", "Москве", `${PREFIX}2020/05/01/moscow/`],
      ["Persian", "والمیکی", undefined],
      ["Persian", "میانجیگری", `${PREFIX}2020/05/02/mediation/`],
      ["Chinese", "上海", undefined],
      ["Chinese", "北京", `${PREFIX}2020/05/03/beijing/`],
      ["Japanese", "東京", `${PREFIX}2020/05/04/tokyo/`],
    ];
    it("finds each word an article contains, and nothing for a word none contains, in every script", async () => {
      // One page, searched again and again as a reader would: the index is loaded once.
      const page = await open(base);
      const found: Record<string, string> = {};
      for (const [language, word, expected] of cases) {
        await page.fill("#search-q", word);
        await page.press("#search-q", "Enter");
        await page.waitForFunction((w) => {
          const text = document.getElementById("search-status")?.textContent ?? "";
          return text.includes(`“${w}”`) && text !== "Searching…";
        }, word);
        const text = (await page.textContent("#search-status")) ?? "";
        const shown = await links(page);
        found[`${language} ${word}`] = expected ? (shown.includes(expected) ? "found" : `missing from ${shown.join(", ")}`) : text.startsWith("No articles found") && !shown.length ? "none" : `${text} ${shown.join(", ")}`;
      }
      expect(found).toEqual(Object.fromEntries(cases.map(([language, word, expected]) => [`${language} ${word}`, expected ? "found" : "none"])));
      await page.close();
    });

    it("finds a Persian word typed with Arabic yeh and kaf, and says what it searched", async () => {
      const page = await open(search({ q: "ميانجيگري" }));
      expect(await outcome(page)).toBe("1 article found for “میانجیگری”.");
      expect(await links(page)).toEqual([`${PREFIX}2020/05/02/mediation/`]);
      expect(await page.$$eval(".search-excerpt mark", (marks) => marks.map((m) => m.textContent))).toContain("میانجیگری");
      await page.close();
    });

    it("finds a year only in the article that says it, not in every article of that year or bundle", async () => {
      const page = await open(search({ q: "2019" }));
      expect(await outcome(page)).toBe("1 article found for “2019”.");
      expect(await links(page)).toEqual([`${PREFIX}2019/05/14/port-budget/`]);
      await page.close();
      // "en-1" names a bundle: no article says "en1".
      const bundle = await open(search({ q: "en1" }));
      expect(await outcome(bundle)).toMatch(/^No articles found/);
      await bundle.close();
    });

    it("finds a word typed in part, and nothing for a longer word only its start is in", async () => {
      const page = await open(search({ q: "stevedor" }));
      expect(await outcome(page)).toBe("3 articles found for “stevedor”.");
      await page.close();
      const other = await open(search({ q: "stevedoresque" }));
      expect(await outcome(other)).toMatch(/^No articles found/);
      await other.close();
    });
  });

  describe("query syntax, kept in the URL", () => {
    it("combines a phrase anywhere in the query, an excluded word and a range of months, and says what it understood", async () => {
      const page = await open(search({ q: 'quayside "stevedores walked out" -zeebrugge' }));
      expect(await outcome(page)).toBe("2 articles found for “quayside” and “stevedores walked out” without “zeebrugge”.");
      expect((await links(page)).sort()).toEqual([`${PREFIX}2019/03/12/quayside-strike/`, `${PREFIX}2021/01/05/quayside-winter/`]);

      await page.click("#search-options summary");
      await page.fill("#search-from", "2019-01");
      await page.fill("#search-to", "2019-12");
      await page.dispatchEvent("#search-to", "change");
      await page.waitForFunction(() => document.getElementById("search-status")?.textContent?.includes("December"));
      expect(await page.textContent("#search-status")).toBe(
        "1 article found for “quayside” and “stevedores walked out” without “zeebrugge” from January 2019 to December 2019.",
      );
      expect(await links(page)).toEqual([`${PREFIX}2019/03/12/quayside-strike/`]);
      const params = new URL(page.url()).searchParams;
      expect([params.get("q"), params.get("from"), params.get("to")]).toEqual(['quayside "stevedores walked out" -zeebrugge', "2019-01", "2019-12"]);
      await page.close();

      // The same URL, opened afresh, runs the same search with the fields filled in.
      const again = await open(search({ q: '"walked out" -zeebrugge', from: "2019-08", to: "2021-06", tag: "" }));
      expect(await outcome(again)).toBe("1 article found for “walked out” without “zeebrugge” from August 2019 to June 2021.");
      expect(await links(again)).toEqual([`${PREFIX}2021/01/05/quayside-winter/`]);
      expect(await again.inputValue("#search-from")).toBe("2019-08");
      await again.close();
    });

    it("combines a month range with a tag filter and no words", async () => {
      const page = await open(search({ tag: "Trade", from: "2019-03", to: "2019-03" }));
      expect(await outcome(page)).toMatch(/^\d+ articles? found tagged Trade in March 2019\.$/);
      expect(await links(page)).toContain(`${PREFIX}2019/03/12/quayside-strike/`);
      for (const link of await links(page)) expect(link).toMatch(/\/2019\/03\//);
      await page.close();
    });
  });

  describe("snippets", () => {
    it("start at a whole word, at the sentence holding the match, and never repeat the headline", async () => {
      const page = await open(search({ q: "stevedores" }));
      await outcome(page);
      const items = await page.$$eval(".search-result", (results) =>
        results.map((r) => ({ title: r.querySelector("h2")!.textContent!, excerpt: r.querySelector(".search-excerpt")!.textContent! })),
      );
      const strike = items.find((i) => i.title === "Stevedores strike at the quayside")!;
      expect(strike.excerpt).toBe("Stevedores walked out at the quayside on Tuesday. I spoke to three of them at the gate in Antwerp.");
      const winter = items.find((i) => i.title === "A quiet winter on the quayside")!;
      expect(winter.excerpt).toBe("… Stevedores walked out again, for a day, at the quayside in Antwerp.");
      for (const item of items) expect(item.excerpt).not.toContain(item.title);
      expect(await page.$$eval(".search-excerpt mark", (marks) => marks.map((m) => m.textContent))).toContain("Stevedores");
      await page.close();
    });

    it("skip a body's opening line that repeats the headline, open on the story rather than the byline, and never start on punctuation", async () => {
      for (const [q, title, excerpt] of [
        ["pilots", "Harbour pilots end their strike", "The pilots went back to work on Monday. Mara Lind."],
        ["震源", "南投发生地震", "新华网电，据测定，南投发生地震，震源深度约6公里。"],
      ]) {
        const page = await open(search({ q: q! }));
        await outcome(page);
        const items = await page.$$eval(".search-result", (results) =>
          results.map((r) => ({ title: r.querySelector("h2")!.textContent!, excerpt: r.querySelector(".search-excerpt")!.textContent! })),
        );
        expect(items.find((i) => i.title === title)?.excerpt).toBe(excerpt);
        await page.close();
      }
    });
  });

  describe("the search page's layout and access", () => {
    it("does not shift when results render, at 1280×800 with classic scrollbars", async () => {
      // Playwright hides scrollbars by default; a desktop browser shows them and takes their width.
      const classic = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS, ignoreDefaultArgs: ["--hide-scrollbars"] });
      try {
        const page = await classic.newPage({ viewport: { width: 1280, height: 800 } });
        await page.goto(search({ q: "talks" }));
        await outcome(page);
        await page.waitForTimeout(300);
        const { shift, scrollbar } = await page.evaluate(
          () =>
            new Promise<{ shift: number; scrollbar: number }>((resolve) => {
              let shift = 0;
              new PerformanceObserver((list) => {
                for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
                  if (!entry.hadRecentInput) shift += entry.value;
                }
              }).observe({ type: "layout-shift", buffered: true });
              setTimeout(() => resolve({ shift, scrollbar: window.innerWidth - document.documentElement.clientWidth }), 200);
            }),
        );
        expect(scrollbar).toBeGreaterThan(0);
        expect(await page.$$eval(".search-result", (r) => r.length)).toBe(10);
        expect(shift).toBeLessThan(0.1);
      } finally {
        await classic.close();
      }
    });

    for (const width of [390, 1280]) {
      it(`keeps every label of "Filter and order" whole and uncovered at ${width} px`, async () => {
        const page = await open(base, browser, { width, height: 800 });
        await page.click("#search-options summary");
        const problems = await page.$$eval(".search-fields label", (labels) =>
          labels.flatMap((label) => {
            const box = label.getBoundingClientRect();
            const found: string[] = [];
            if (label.scrollWidth > label.clientWidth + 1 || box.width < 10) found.push(`${label.textContent} is cut`);
            for (const [x, y] of [
              [box.left + 2, box.top + box.height / 2],
              [box.right - 2, box.top + box.height / 2],
            ] as const) {
              const top = document.elementFromPoint(x, y);
              if (top !== label && !label.contains(top)) found.push(`${label.textContent} is covered by ${top?.tagName}#${top?.id}`);
            }
            return found;
          }),
        );
        expect(problems).toEqual([]);
        expect(await page.$$eval(".search-fields label", (labels) => labels.map((l) => l.textContent))).toEqual(["Tag", "Year", "From month", "To month", "Order"]);
        await page.close();
      });
    }

    it("works from the keyboard alone, and announces the count politely", async () => {
      const page = await open(base);
      await page.keyboard.press("/");
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("search-q");
      await page.keyboard.type("talks");
      await page.keyboard.press("Enter");
      const text = await outcome(page);
      expect(text).toMatch(/^\d+ articles found for “talks”\.$/);
      expect(await page.getAttribute("#search-status", "role")).toBe("status");
      expect(await page.getAttribute("#search-status", "aria-live")).toBe("polite");
      // Tab through to "Filter and order", open it, and change the order with the arrow keys.
      let guard = 0;
      while ((await page.evaluate(() => document.activeElement?.tagName)) !== "SUMMARY" && guard++ < 10) await page.keyboard.press("Tab");
      await page.keyboard.press("Enter");
      expect(await page.evaluate(() => (document.getElementById("search-options") as HTMLDetailsElement).open)).toBe(true);
      await page.focus("#search-sort");
      await page.keyboard.press("ArrowDown");
      await page.waitForFunction(() => document.getElementById("search-status")?.textContent?.includes("newest first"));
      // More results by keyboard: focus moves to the first new result.
      await page.focus("#search-more");
      await page.keyboard.press("Enter");
      await page.waitForFunction(() => document.querySelectorAll(".search-result").length === 20);
      expect(await page.evaluate(() => document.activeElement?.closest(".search-result") === document.querySelectorAll(".search-result")[10])).toBe(true);
      await page.close();
    });
  });
});
