/**
 * The archive as GitHub Pages serves a project site: built with SITE_URL under
 * /news-archive/, served only under that path (directory index, 404.html for misses), and
 * crawled from the home page with plain HTTP requests. Every href and src must answer,
 * every page must carry its metadata, and no request may leave the path.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { load, type CheerioAPI } from "cheerio";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, FIXTURES } from "../helpers/build.ts";
import { serveSite, type StaticSite } from "../helpers/server.ts";
import { childText, childrenNamed, parseXmlStrict } from "../helpers/xml.ts";

const PREFIX = "/news-archive/";
const GENERATED = 25;
const HOSTILE_FILE = "2026/2026-02-10-hostile-headline.md";

/** Links to the former URLs of the moved story below, as an old archive or an editor wrote them. */
const FORMER_URL_LINKS = " It was [followed up](/2026/02/11/old-moved-slug/#more) and [linked](/old/moved-story.html).";

/** 25 small articles in January 2024, all tagged Economy: the home page and a tag page need a page 2. */
function generatedArticles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let n = 1; n <= GENERATED; n++) {
    const day = `2024-01-${String(n).padStart(2, "0")}`;
    files[`generated/${day}-generated-story-${n}.md`] = `---\ntitle: Generated story ${n}\ndate: ${day}\ntags: [Economy]\n---\n\nParagraph of story ${n}.${n === 1 ? FORMER_URL_LINKS : ""}\n`;
  }
  return files;
}

/** A moved, corrected, signed story: its former URLs must lead to it under the prefix. */
const MOVED_FILE = "2026/2026-02-11-moved-story.md";
const MOVED_ALIASES = ["2026/02/11/old-moved-slug/", "old/moved-story.html"];
const MOVED = `---
title: A story whose slug changed
date: 2026-02-11T07:45:00+01:00
byline: [Ana Ruiz, Tom Lee]
aliases: [/2026/02/11/old-moved-slug/, /old/moved-story.html]
corrections:
  - date: 2026-02-12
    text: See [the day's other stories](../) and [the archive](/archive/) for the context.
---

The slug of this story changed after it was published. It follows [the first story](/2024/01/01/generated-story-1/),
written from the site's root as aliases are, and [this one](/news-archive/2024/01/02/generated-story-2/) from the server's.
`;

interface Fetched {
  url: string;
  /** After following redirects. */
  finalUrl: string;
  status: number;
  type: string;
  body: string;
}

interface Problem {
  /** A link that does not answer or leaves the prefix, or a page missing its metadata. */
  kind: "link" | "head";
  url: string;
  from: string;
  problem: string;
}

/** One GET; redirects are followed by hand so each hop can be checked to stay under the prefix. */
async function get(url: string, origin: string, problems: Problem[], from: string): Promise<Fetched> {
  let current = url;
  for (let hop = 0; hop < 5; hop++) {
    const response = await fetch(current, { redirect: "manual" });
    if (response.status >= 300 && response.status < 400) {
      const location = response.headers.get("location");
      await response.arrayBuffer();
      if (!location) return { url, finalUrl: current, status: response.status, type: "", body: "" };
      const next = new URL(location, current);
      if (next.origin !== origin || !next.pathname.startsWith(PREFIX)) {
        problems.push({ kind: "link", url, from, problem: `redirects out of ${PREFIX} to ${next.href}` });
      }
      current = next.href;
      continue;
    }
    return {
      url,
      finalUrl: current,
      status: response.status,
      type: response.headers.get("content-type") ?? "",
      body: await response.text(),
    };
  }
  return { url, finalUrl: current, status: 0, type: "", body: "too many redirects" };
}

/** Every URL a page asks for or links to: a, link, script, img, and the search form's action. */
function references($: CheerioAPI): string[] {
  const found: string[] = [];
  $("a[href], link[href]").each((_, element) => void found.push($(element).attr("href")!));
  $("script[src], img[src]").each((_, element) => void found.push($(element).attr("src")!));
  $("form[action]").each((_, element) => void found.push($(element).attr("action")!));
  return found;
}

function checkHead($: CheerioAPI, page: Fetched, site: StaticSite, problems: Problem[]): void {
  const fail = (problem: string) => problems.push({ kind: "head", url: page.finalUrl, from: "", problem });
  const attr = (selector: string, name: string) => $(selector).first().attr(name)?.trim() ?? "";
  if (!$("head > title").text().trim()) fail("no <title>");
  if (!attr('meta[name="description"]', "content")) fail("no meta description");
  const canonical = attr('link[rel="canonical"]', "href");
  if (!canonical.startsWith(site.url)) fail(`canonical "${canonical}" is not absolute under ${site.url}`);
  for (const property of ["og:title", "og:type", "og:url"]) {
    if (!attr(`meta[property="${property}"]`, "content")) fail(`no ${property}`);
  }
  if (attr('meta[property="og:url"]', "content") !== canonical) fail("og:url differs from the canonical URL");
  if (!attr('meta[name="twitter:card"]', "content")) fail("no twitter:card");
  const icon = attr('link[rel="icon"]', "href");
  if (!icon || !new URL(icon, page.finalUrl).pathname.startsWith(PREFIX)) fail(`icon "${icon}" is not under ${PREFIX}`);
  const atom = attr('link[rel="alternate"][type="application/atom+xml"]', "href");
  const json = attr('link[rel="alternate"][type="application/feed+json"]', "href");
  if (new URL(atom || "x:", page.finalUrl).href !== new URL("feed.xml", site.url).href) fail(`Atom autodiscovery "${atom}"`);
  if (new URL(json || "x:", page.finalUrl).href !== new URL("feed.json", site.url).href) fail(`JSON Feed autodiscovery "${json}"`);
}

interface Crawl {
  pages: Map<string, Fetched>;
  problems: Problem[];
}

/** Breadth first from the home page, through every reference that stays on the site's origin. */
async function crawl(site: StaticSite): Promise<Crawl> {
  const origin = new URL(site.url).origin;
  const problems: Problem[] = [];
  const pages = new Map<string, Fetched>();
  const queue: { url: string; from: string }[] = [{ url: site.url, from: "(start)" }];
  const seen = new Set([site.url]);
  while (queue.length > 0) {
    const { url, from } = queue.shift()!;
    const page = await get(url, origin, problems, from);
    pages.set(url, page);
    if (page.status !== 200) {
      problems.push({ kind: "link", url, from, problem: `status ${page.status}` });
      continue;
    }
    if (!page.type.startsWith("text/html")) continue;
    const $ = load(page.body);
    checkHead($, page, site, problems);
    for (const reference of references($)) {
      const target = new URL(reference, page.finalUrl);
      if (target.origin !== origin) continue;
      if (!target.pathname.startsWith(PREFIX)) {
        problems.push({ kind: "link", url: target.href, from: page.finalUrl, problem: `leaves ${PREFIX}` });
        continue;
      }
      target.hash = "";
      if (!seen.has(target.href)) {
        seen.add(target.href);
        queue.push({ url: target.href, from: page.finalUrl });
      }
    }
  }
  return { pages, problems };
}

let site: StaticSite & { setRoot(root: string): void };
let output: string;
let result: Crawl;

beforeAll(async () => {
  site = await serveSite({ prefix: PREFIX });
  const hostile = await readFile(path.join(FIXTURES, "hostile", HOSTILE_FILE), "utf8");
  const build = await buildSite("publishing", {
    from: "archive",
    files: { [HOSTILE_FILE]: hostile, [MOVED_FILE]: MOVED, ...generatedArticles() },
    siteUrl: site.url,
  });
  if (!build.ok) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
  output = build.output;
  site.setRoot(output);
  result = await crawl(site);
});

afterAll(async () => {
  await site?.close();
});

describe("the archive served under /news-archive/ as GitHub Pages serves it", () => {
  it("was built for the server's address", () => {
    expect(site.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/news-archive\/$/);
  });

  it("has no broken link or asset anywhere reachable from the home page", () => {
    expect(result.problems.filter((p) => p.kind === "link")).toEqual([]);
  });

  it("reaches every kind of page, pagination included", () => {
    const reached = [...result.pages.keys()].map((url) => new URL(url).pathname);
    for (const page of [
      "",
      "page/2/",
      "archive/",
      "tags/",
      "search/",
      "tags/economy/",
      "tags/economy/page/2/",
      "2026/",
      "2026/02/",
      "2026/02/26/",
      "2026/02/26/us-iran-talks-geneva-significant-progress/",
      "2024/01/01/generated-story-1/",
      "feed.xml",
      "feed.json",
      "on-this-day/",
      "on-this-day/02-26/",
      "on-this-day/01-01/",
      "data/",
      "data/datapackage.json",
      "data/articles.csv",
      "data/articles-2024.jsonl",
      "assets/style.css",
      "assets/favicon.svg",
      "authors/",
      "authors/ana-ruiz/",
      "authors/ana-ruiz/feed.xml",
      "corrections/",
      "corrections/feed.xml",
    ]) {
      expect(reached, page).toContain(PREFIX + page);
    }
    expect(reached.some((p) => /\/tags\/[^/]+\/feed\.xml$/.test(p))).toBe(true);
  });

  it("gives every page its title, description, canonical URL, Open Graph and Twitter tags, icon and feed links", () => {
    const htmlPages = [...result.pages.values()].filter((p) => p.status === 200 && p.type.startsWith("text/html"));
    expect(htmlPages.length).toBeGreaterThan(60);
    expect(result.problems.filter((p) => p.kind === "head")).toEqual([]);
  });

  it("gives each page a canonical URL that is its own address", () => {
    for (const page of result.pages.values()) {
      if (page.status !== 200 || !page.type.startsWith("text/html")) continue;
      const $ = load(page.body);
      expect($('link[rel="canonical"]').attr("href"), page.finalUrl).toBe(page.finalUrl);
    }
  });

  it("never asked the server for anything outside the prefix", () => {
    expect(site.requests.length).toBeGreaterThan(0);
    expect(site.requests.filter((r) => !r.path.startsWith(PREFIX))).toEqual([]);
  });

  it("lists in its sitemap exactly the pages a reader can reach", async () => {
    const sitemap = parseXmlStrict(await (await fetch(new URL("sitemap.xml", site.url))).text(), "sitemap.xml");
    const listed = new Set(childrenNamed(sitemap, "url").map((url) => childText(url, "loc")));
    const reachable = [...result.pages.values()]
      .filter((page) => page.status === 200 && page.type.startsWith("text/html"))
      .filter((page) => !load(page.body)('meta[name="robots"][content*="noindex"]').length)
      .map((page) => page.finalUrl);
    expect([...listed].sort()).toEqual([...new Set(reachable)].sort());
    const robots = await (await fetch(new URL("robots.txt", site.url))).text();
    expect(robots).toContain(`Sitemap: ${new URL("sitemap.xml", site.url).href}`);
  });

  it("puts a link written from the site's root under the path, on the page and in the full-text feeds", async () => {
    const under = (path: string) => new URL(path, site.url).href;
    const page = [...result.pages.values()].find((p) => p.type.startsWith("text/html") && load(p.body)("article h1").text() === "A story whose slug changed");
    const $ = load(page?.body ?? "");
    const links = $(".article-body a, .correction-text a").map((_, a) => $(a).attr("href")).get();
    expect(links).toEqual(expect.arrayContaining([`${PREFIX}2024/01/01/generated-story-1/`, `${PREFIX}2024/01/02/generated-story-2/`, `${PREFIX}archive/`]));
    for (const feed of ["feed.xml", "feed.json", "corrections/feed.xml"]) {
      const text = (await (await fetch(under(feed))).text()).replace(/\\\//g, "/");
      const targets = [...text.matchAll(/href=(?:&quot;|\\")([^&\\]+)(?:&quot;|\\")/g)].map((m) => m[1]!);
      expect(targets.length, feed).toBeGreaterThan(0);
      expect(targets.filter((target) => !target.startsWith(site.url) && !target.startsWith("#")), feed).toEqual([]);
    }
  });

  it("sends a link to an article's former URL straight to the article, on its page and in the feed", async () => {
    const page = result.pages.get(new URL("2024/01/01/generated-story-1/", site.url).href);
    const $ = load(page?.body ?? "");
    const moved = `${PREFIX}2026/02/11/moved-story/`;
    expect($(".article-body a").map((_, a) => $(a).attr("href")).get()).toEqual([`${moved}#more`, moved]);
    const feed = await (await fetch(new URL("feed.xml", site.url))).text();
    expect(feed).toContain(`href=&quot;${site.url}2026/02/11/moved-story/#more&quot;`);
  });

  it("writes .nojekyll for GitHub Pages", () => {
    expect(existsSync(path.join(output, ".nojekyll"))).toBe(true);
  });
});

describe("redirect pages at former URLs, as GitHub Pages serves them", () => {
  it.each(MOVED_ALIASES)("%s refreshes to the article under the prefix, and everything it asks for answers", async (alias) => {
    const url = new URL(alias, site.url).href;
    const problems: Problem[] = [];
    const page = await get(url, new URL(site.url).origin, problems, "(alias)");
    expect(page.status).toBe(200);
    const $ = load(page.body);
    const refresh = /^0; url=(.+)$/.exec($('meta[http-equiv="refresh"]').attr("content") ?? "");
    expect(refresh).not.toBeNull();
    const target = new URL(refresh![1]!, url);
    expect(target.pathname).toBe(`${PREFIX}2026/02/11/moved-story/`);
    const article = await get(target.href, target.origin, problems, url);
    expect(article.status).toBe(200);
    expect(load(article.body)("article h1").text()).toBe("A story whose slug changed");
    expect($('link[rel="canonical"]').attr("href")).toBe(target.href);
    for (const reference of references($)) {
      const asked = new URL(reference, url);
      expect(asked.pathname.startsWith(PREFIX), reference).toBe(true);
      expect((await get(asked.href, asked.origin, problems, url)).status, reference).toBe(200);
    }
    expect(problems).toEqual([]);
  });

  it("are reached by no link of the site and listed in no sitemap", () => {
    const reached = [...result.pages.keys()].map((url) => new URL(url).pathname);
    for (const alias of MOVED_ALIASES) expect(reached).not.toContain(PREFIX + alias);
  });
});

describe("the 404 page", () => {
  const missing = "2026/02/26/no-such-article/deeper/still/";

  it("is served, as the site's own page, for a missing URL at any depth", async () => {
    const response = await fetch(new URL(missing, site.url));
    expect(response.status).toBe(404);
    const $ = load(await response.text());
    expect($("h1").text()).toMatch(/not found/i);
    expect($('link[rel="stylesheet"]').attr("href")).toMatch(new RegExp(`^${PREFIX}`));
  });

  it("has links and assets that all work from that depth", async () => {
    const url = new URL(missing, site.url).href;
    const $ = load(await (await fetch(url)).text());
    const problems: Problem[] = [];
    // "#main" (the skip link) stays on this page, whatever its address.
    const refs = references($).filter((reference) => !reference.startsWith("#"));
    expect(refs.length).toBeGreaterThan(5);
    for (const reference of refs) {
      const target = new URL(reference, url);
      expect(target.pathname.startsWith(PREFIX), reference).toBe(true);
      const page = await get(target.href, target.origin, problems, url);
      expect(page.status, reference).toBe(200);
    }
    expect(problems).toEqual([]);
  });
});
