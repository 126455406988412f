import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { hasChromium } from "../helpers/browser.ts";
import { seedDispatch } from "../helpers/build.ts";
import { serveBuild, type ServedBuild } from "../helpers/served-build.ts";
import type { ServedSite } from "../helpers/server.ts";

const PREFIX = "/news-archive/";
const SEED = `${PREFIX}2026/02/26/us-iran-talks-geneva-significant-progress/`;
const PERSIAN = `${PREFIX}2026/03/01/persian-report/`;
const SECOND = `${PREFIX}2026/02/26/second-story-same-day/`;
const ARABIC = `${PREFIX}2026/02/10/arabic-report/`;
const ARABIC_SOURCE = "---\ntitle: تقرير من جنيف\ndate: 2026-02-10\nlang: ar\n---\n\nقالت الحكومة إن المحادثات مستمرة.\n";

describe.skipIf(!hasChromium)("search in a real browser, on a site served under a sub-path", () => {
  let served: ServedBuild;
  let server: ServedSite;
  let browser: Browser;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    // Shards of two articles: the English articles alone make two bundles, so merging is exercised too.
    served = await serveBuild("search-browser", {
      prefix: PREFIX,
      from: "archive",
      files: { "2026/2026-02-10-arabic-report.md": ARABIC_SOURCE },
      env: { SEARCH_SHARD_SIZE: "2" },
    });
    ({ server, browser } = served);
  });

  afterAll(async () => {
    await served?.close();
  });

  async function open(url: string): Promise<Page> {
    problems = [];
    page = await browser.newPage();
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning") problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("requestfailed", (request) => problems.push(`failed: ${request.url()}`));
    page.on("response", (response) => {
      if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
    });
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.origin !== new URL(server.url).origin || !url.pathname.startsWith(PREFIX)) problems.push(`outside the site: ${request.url()}`);
    });
    await page.goto(url);
    return page;
  }

  afterEach(async () => {
    await page?.close();
    expect(problems).toEqual([]);
  });

  /** Waits until the live region reports the outcome of a search. */
  async function outcome(): Promise<string> {
    await page.waitForFunction(() => {
      const text = document.getElementById("search-status")?.textContent ?? "";
      return text !== "" && text !== "Searching…";
    });
    return (await page.textContent("#search-status")) ?? "";
  }

  async function resultLinks(): Promise<string[]> {
    return page.$$eval(".search-result h2 a", (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  }

  const searchUrl = (params: Record<string, string>) => `${server.url}search/?${new URLSearchParams(params)}`;

  it("finds the seed by a word from its body, from ?q= on load, with the word marked in the excerpt", async () => {
    const { paragraphs } = await seedDispatch();
    expect(paragraphs.join(" ")).toContain("devastating");
    await open(searchUrl({ q: "devastating" }));
    expect(await outcome()).toBe("1 article found for “devastating”.");
    expect(await resultLinks()).toEqual([SEED]);
    expect(await page.textContent(".search-result h2")).toBe("US and Iran end Geneva round with “significant progress”, Oman says");
    // Pagefind marks the whole token, punctuation included: “devastating
    expect((await page.$$eval(".search-excerpt mark", (marks) => marks.map((m) => m.textContent))).join(" ")).toContain("devastating");
    expect(await page.getAttribute(".search-result time", "datetime")).toBe("2026-02-26");
    expect(await page.inputValue("#search-q")).toBe("devastating");
    // The live region is polite and announces the count.
    expect(await page.getAttribute("#search-status", "aria-live")).toBe("polite");
  });

  it("finds the seed by a quoted phrase, and not by the same words apart", async () => {
    await open(searchUrl({ q: "\"creative and positive ideas\"" }));
    expect(await outcome()).toMatch(/^1 article found/);
    expect(await resultLinks()).toEqual([SEED]);
    await page.fill("#search-q", "\"positive and creative ideas\"");
    await page.press("#search-q", "Enter");
    await page.waitForFunction(() => document.getElementById("search-status")?.textContent?.startsWith("No articles found"));
  });

  it("says clearly when nothing is found", async () => {
    await open(searchUrl({ q: "qwzxvk" }));
    expect(await outcome()).toMatch(/^No articles found for “qwzxvk”/);
    expect(await resultLinks()).toEqual([]);
    expect(await page.isHidden("#search-more")).toBe(true);
  });

  it("does not index the site's navigation or lists: their words find nothing", async () => {
    // "Skip to content", "Related articles" and "Atom feed" are on pages, outside the article; no article says them.
    // (Words are chosen so no shorter indexed word is their prefix: Pagefind falls back to such a word.)
    for (const word of ["skip", "related", "feed"]) {
      await page?.close();
      await open(searchUrl({ q: word }));
      expect(await outcome(), word).toMatch(/^No articles found/);
    }
  });

  it("narrows results with a tag filter, and keeps query and filter in the URL", async () => {
    await open(searchUrl({ q: "day" }));
    expect(await outcome()).toBe("2 articles found for “day”.");
    expect((await resultLinks()).sort()).toEqual([SECOND, SEED].sort());
    await page.click("#search-options summary");
    await page.waitForSelector('#search-tag optgroup[label="Topics"] option[value="Sanctions"]', { state: "attached" });
    expect(await page.$$eval("#search-tag optgroup", (groups) => groups.map((g) => (g as HTMLOptGroupElement).label))).toEqual([
      "Topics",
      "People",
      "Places",
      "Organisations",
    ]);
    await page.selectOption("#search-tag", "Sanctions");
    await page.waitForFunction(() => document.getElementById("search-status")?.textContent?.includes("tagged Sanctions"));
    expect(await page.textContent("#search-status")).toBe("1 article found for “day” tagged Sanctions.");
    expect(await resultLinks()).toEqual([SEED]);
    const params = new URL(page.url()).searchParams;
    expect(params.get("q")).toBe("day");
    expect(params.get("tag")).toBe("Sanctions");
  });

  it("lists a tag's articles newest first across bundles and languages when there are no words", async () => {
    await open(searchUrl({ tag: "Iran" }));
    expect(await outcome()).toBe("3 articles found tagged Iran.");
    const links = await resultLinks();
    expect(links[0]).toBe(PERSIAN);
    expect(links.slice(1).sort()).toEqual([SECOND, SEED].sort());
    // A search without words marks nothing on the article it opens.
    expect(await page.getAttribute(".search-result h2 a", "href")).toBe(PERSIAN);
  });

  it("updates the URL as the reader types, so the search can be shared", async () => {
    await open(`${server.url}search/`);
    await page.fill("#search-q", "Vienna");
    await page.waitForFunction(() => new URL(location.href).searchParams.get("q") === "Vienna");
    expect(await outcome()).toBe("1 article found for “Vienna”.");
  });

  it("finds the Persian article by a Persian word", async () => {
    await open(searchUrl({ q: "میانجیگری" }));
    expect(await outcome()).toMatch(/^1 article found/);
    expect(await resultLinks()).toEqual([PERSIAN]);
    expect(await page.getAttribute(".search-result", "lang")).toBe("fa");
  });

  it("finds an Arabic article by a word as it is written, though the page's Pagefind stems by English rules", async () => {
    await open(searchUrl({ q: "الحكومة" }));
    expect(await outcome()).toMatch(/^1 article found/);
    expect(await resultLinks()).toEqual([ARABIC]);
    expect(await page.getAttribute(".search-result", "lang")).toBe("ar");
  });

  it("reaches results from the header's search form on any page", async () => {
    await open(server.url);
    await page.fill("#site-search-q", "Kushner");
    await Promise.all([page.waitForURL(/\/news-archive\/search\/\?q=Kushner$/), page.press("#site-search-q", "Enter")]);
    expect(await outcome()).toBe("1 article found for “Kushner”.");
    expect(await resultLinks()).toEqual([SEED]);
  });

  it("highlights the searched words on the article a result opens", async () => {
    await open(searchUrl({ q: "Witkoff" }));
    await outcome();
    await Promise.all([page.waitForURL((url) => url.pathname === SEED), page.click(".search-result h2 a")]);
    expect(new URL(page.url()).searchParams.getAll("highlight")).toEqual(["witkoff"]);
    await page.waitForSelector("article mark.search-hit");
    const marked = await page.$$eval("article mark.search-hit", (marks) => marks.map((m) => m.textContent));
    expect(marked.length).toBeGreaterThanOrEqual(1);
    expect(new Set(marked)).toEqual(new Set(["Witkoff"]));
    // The article's text is unchanged around the marks.
    expect(await page.textContent(".article-body")).toContain("U.S. envoys Jared Kushner and Steve Witkoff had been dispatched");
  });

  it("gives the Persian article page its own language on <html>, where Pagefind and readers look for it", async () => {
    await open(PERSIAN.replace(PREFIX, server.url));
    expect(await page.getAttribute("html", "lang")).toBe("fa");
  });
});

describe.skipIf(!hasChromium)("search over many small shards, ranked as one archive", () => {
  let served: ServedBuild;
  let server: ServedSite;
  let browser: Browser;
  const files: Record<string, string> = {};
  for (let i = 1; i <= 30; i++) {
    const day = String(i).padStart(2, "0");
    files[`2024/2024-01-${day}-harbour-${i}.md`] = `---\ntitle: Harbour report ${i}\ndate: 2024-01-${day}\ntags: [Trade]\n---\n\nShips waited at the harbour on day ${i}.\n`;
  }

  beforeAll(async () => {
    // 34 English articles in shards of 3: twelve bundles, all merged before the first search.
    served = await serveBuild("search-shards", { prefix: PREFIX, from: "archive", files, env: { SEARCH_SHARD_SIZE: "3" } });
    ({ server, browser } = served);
  });

  afterAll(async () => {
    await served?.close();
  });

  it("counts the matches of every shard, and shows them a page at a time", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    const status = () => page.textContent("#search-status");
    const count = () => page.$$eval(".search-result", (items) => items.length);
    await page.goto(`${server.url}search/?q=harbour`);
    await page.waitForFunction(() => document.getElementById("search-status")?.textContent?.includes("found"));
    expect(await status()).toBe("30 articles found for “harbour”.");
    expect(await count()).toBe(10);
    // Every English bundle was searched: each one's index metadata was fetched.
    const pagefindRequests = server.requests.filter((r) => /\/pagefind\/bundles\/en-\d+\/pagefind\.[^/]+\.pf_meta$/.test(r.path));
    expect(new Set(pagefindRequests.map((r) => r.path.split("/")[4])).size).toBe(11);
    await page.click("#search-more");
    await page.waitForFunction(() => document.querySelectorAll(".search-result").length === 20);
    await page.click("#search-more");
    await page.waitForFunction(() => document.querySelectorAll(".search-result").length === 30);
    expect(await page.isHidden("#search-more")).toBe(true);
    // Keyboard users land on the first of the newly shown results.
    expect(await page.evaluate(() => document.activeElement?.closest(".search-result") === document.querySelectorAll(".search-result")[20])).toBe(true);

    // Without words, a tag lists its articles newest first, taking them from the newest shards.
    await page.goto(`${server.url}search/?tag=Trade`);
    await page.waitForFunction(() => document.getElementById("search-status")?.textContent?.includes("found"));
    const titles = await page.$$eval(".search-result h2 a", (links) => links.map((a) => a.textContent));
    expect(titles.slice(0, 3)).toEqual(["Harbour report 30", "Harbour report 29", "Harbour report 28"]);
    // "Newest first" with words reads the shards in order too.
    await page.goto(`${server.url}search/?q=harbour&sort=date`);
    await page.waitForFunction(() => document.getElementById("search-status")?.textContent?.includes("found"));
    expect(await status()).toBe("30 articles found for “harbour” newest first.");
    const byDate = await page.$$eval(".search-result h2 a", (links) => links.map((a) => a.textContent));
    expect(byDate).toEqual(Array.from({ length: 10 }, (_, i) => `Harbour report ${30 - i}`));
    expect(errors).toEqual([]);
    await page.close();
  });
});
