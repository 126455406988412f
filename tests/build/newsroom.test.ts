/**
 * What a newsroom publishes beyond the story: author pages, corrections, redirects from
 * former URLs, drafts and scheduled stories kept out, and times of day. One real build of
 * a small newsroom at a fixed clock (SOURCE_DATE_EPOCH), read back as a reader, a feed
 * reader, a crawler and the search index see it.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, type BuildResult } from "../helpers/build.ts";
import { hrefs, parseHtml, textOf, type Page } from "../helpers/html.ts";
import {
  ANA_ARTICLES,
  DRAFT_HEADLINE,
  LATER_HEADLINE,
  newsroomFiles,
  SCHEDULED_HEADLINE,
  SOURCE_DATE_EPOCH,
} from "../helpers/newsroom-fixture.ts";
import { childrenNamed, childText, parseXmlStrict, type XmlElement } from "../helpers/xml.ts";

const SITE = "https://owner.github.io/news-archive/";
const PREFIX = "/news-archive/";
const abs = (urlPath: string) => new URL(urlPath.replace(/^\//, ""), SITE).href;
const CORRECTED = "/2026/02/26/corrected-story/";

function jsonLd(page: Page): Record<string, unknown> {
  return JSON.parse(page('script[type="application/ld+json"]').text()) as Record<string, unknown>;
}

/** Every file of the output as text; Pagefind's files are gzip with a signature, so they are unpacked first. */
async function everyFile(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const bytes = await readFile(file);
    let text = bytes.toString("utf8");
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) text = gunzipSync(bytes).toString("utf8");
    files.set(path.relative(dir, file), text);
  }
  return files;
}

function entries(feed: XmlElement): XmlElement[] {
  return childrenNamed(feed, "entry");
}

describe("a newsroom's archive", () => {
  let site: BuildResult;
  let files: Map<string, string>;
  beforeAll(async () => {
    site = await buildSite("newsroom", { from: "archive", files: newsroomFiles(), siteUrl: SITE, env: { SOURCE_DATE_EPOCH } });
    if (!site.ok) throw new Error(`${site.stdout}\n${site.stderr}`);
    files = await everyFile(site.output);
  });

  describe("authors", () => {
    it("gives each author one page, two spellings of one person leading to the vocabulary's name, with its bio", async () => {
      const ana = parseHtml(await site.read("/authors/ana-ruiz/"));
      expect(textOf(ana, "main h1")).toBe("Ana Ruiz");
      expect(textOf(ana, ".author-intro .lead")).toMatch(/^Los Angeles correspondent/);
      // 22 of her own, the corrected story (as "Ana María Ruiz") and the fixture archive's Los Angeles story.
      expect(textOf(ana, ".author-facts")).toMatch(/^24 articles/);
      expect(ana(".article-list > li")).toHaveLength(20);
      expect(textOf(ana, ".article-list > li:first-child h2")).toBe("Corrected story from Geneva");
      expect(files.has("authors/ana-maria-ruiz/index.html")).toBe(false);
      expect(files.has("authors/a-ruiz/index.html")).toBe(false);
    });

    it("paginates an author's page like a tag's", async () => {
      const first = parseHtml(await site.read("/authors/ana-ruiz/"));
      expect(first('a[rel="next"]').attr("href")).toBe(`${PREFIX}authors/ana-ruiz/page/2/`);
      const second = parseHtml(await site.read("/authors/ana-ruiz/page/2/"));
      expect(second(".article-list > li")).toHaveLength(24 - 20);
      expect(textOf(second, "title")).toContain("Author: Ana Ruiz (page 2)");
      expect(second('a[rel="prev"]').attr("href")).toBe(`${PREFIX}authors/ana-ruiz/`);
    });

    it("gives each author an Atom feed of their newest articles, linked from their page", async () => {
      const feed = parseXmlStrict(await site.read("/authors/ana-ruiz/feed.xml"));
      expect(childText(feed, "title")).toBe("Ana Ruiz · News Archive");
      expect(entries(feed)).toHaveLength(24);
      expect(childText(entries(feed)[0]!, "id")).toBe(abs(CORRECTED));
      expect(childText(entries(feed)[0]!, "updated")).toBe("2026-02-28T10:15:00+01:00");
      const page = parseHtml(await site.read("/authors/ana-ruiz/"));
      expect(page('link[rel="alternate"][type="application/atom+xml"][href$="/authors/ana-ruiz/feed.xml"]')).toHaveLength(1);
    });

    it("lists every author on /authors/ with their count, and nobody who only has a draft or a scheduled story", async () => {
      const page = parseHtml(await site.read("/authors/"));
      const listed = page(".author-list li")
        .map((_, li) => page(li).text().replace(/\s+/g, " ").trim())
        .get();
      expect(listed).toContain("Ana Ruiz 24");
      expect(listed).toContain("Tom Lee 3");
      expect(listed.join(" ")).not.toMatch(/Draft Only|Scheduled Only|Fixture Wire/);
      expect(hrefs(page, ".author-list a")).toContain(`${PREFIX}authors/tom-lee/`);
    });

    it("links each name of an article's byline to its author's page", async () => {
      const page = parseHtml(await site.read(CORRECTED));
      expect(textOf(page, ".byline")).toBe("By Ana Ruiz, Tom Lee");
      expect(hrefs(page, '.byline a[rel="author"]')).toEqual([`${PREFIX}authors/ana-ruiz/`, `${PREFIX}authors/tom-lee/`]);
    });

    it("names each author as a schema.org Person with the author page's absolute URL; unsigned wire copy stays the publisher's", async () => {
      expect(jsonLd(parseHtml(await site.read(CORRECTED))).author).toEqual([
        { "@type": "Person", name: "Ana Ruiz", url: abs("/authors/ana-ruiz/") },
        { "@type": "Person", name: "Tom Lee", url: abs("/authors/tom-lee/") },
      ]);
      const wire = jsonLd(parseHtml(await site.read("/2026/02/25/wire-copy/")));
      expect(wire.author).toEqual([{ "@type": "Organization", name: "News Archive", url: SITE }]);
      expect(wire.isBasedOn).toBe("Fixture Wire");
    });
  });

  describe("corrections", () => {
    it("dates the latest correction near the top of the article, linking the corrections at its end", async () => {
      const page = parseHtml(await site.read(CORRECTED));
      const notice = page("header .correction-notice a");
      expect(notice.text().replace(/\s+/g, " ").trim()).toBe("Corrected 28 February 2026");
      expect(notice.attr("href")).toBe("#corrections");
      expect(page("article section#corrections")).toHaveLength(1);
    });

    it("shows every correction in full at the end, Markdown rendered, each dated and anchored", async () => {
      const page = parseHtml(await site.read(CORRECTED));
      const items = page("#corrections li");
      expect(items).toHaveLength(2);
      expect(page("#correction-1 .correction-date time").attr("datetime")).toBe("2026-02-28T10:15:00+01:00");
      expect(textOf(page, "#correction-1 .correction-date")).toBe("28 February 2026, 10:15 +01:00");
      expect(page("#correction-1 .correction-text em").text()).toBe("day");
      expect(textOf(page, "#correction-1 .correction-text")).toBe("An earlier version gave the wrong day for the next round. It is Tuesday.");
      expect(textOf(page, "#correction-2 .correction-text")).toBe("An earlier version misspelled the minister's name.");
    });

    it("gives JSON-LD each correction as a CorrectionComment and dateModified the latest change", async () => {
      const data = jsonLd(parseHtml(await site.read(CORRECTED)));
      expect(data.correction).toEqual([
        { "@type": "CorrectionComment", text: "An earlier version gave the wrong day for the next round. It is Tuesday.", datePublished: "2026-02-28T10:15:00+01:00" },
        { "@type": "CorrectionComment", text: "An earlier version misspelled the minister's name.", datePublished: "2026-02-27" },
      ]);
      // Later than `updated: 2026-02-27`.
      expect(data.dateModified).toBe("2026-02-28T10:15:00+01:00");
      expect(data.datePublished).toBe("2026-02-26T18:30:00+01:00");
    });

    it("moves the feeds' updated to the latest correction", async () => {
      const feed = parseXmlStrict(await site.read("/feed.xml"));
      const entry = entries(feed).find((e) => childText(e, "id") === abs(CORRECTED))!;
      expect(childText(entry, "published")).toBe("2026-02-26T18:30:00+01:00");
      expect(childText(entry, "updated")).toBe("2026-02-28T10:15:00+01:00");
      const json = JSON.parse(await site.read("/feed.json")) as { items: { id: string; date_modified: string; authors: { name: string; url: string }[] }[] };
      const item = json.items.find((i) => i.id === abs(CORRECTED))!;
      expect(item.date_modified).toBe("2026-02-28T10:15:00+01:00");
      expect(item.authors).toEqual([
        { name: "Ana Ruiz", url: abs("/authors/ana-ruiz/") },
        { name: "Tom Lee", url: abs("/authors/tom-lee/") },
      ]);
    });

    it("lists every correction on /corrections/, newest first, each linking its article", async () => {
      const page = parseHtml(await site.read("/corrections/"));
      const links = hrefs(page, ".correction-list h2 a");
      expect(links).toEqual([`${PREFIX}2026/02/26/corrected-story/#correction-1`, `${PREFIX}2026/02/26/corrected-story/#correction-2`]);
      expect(textOf(page, ".correction-list > li:first-child .correction-date")).toBe("Corrected 28 February 2026, 10:15 +01:00");
      expect(textOf(page, ".correction-list > li:nth-child(2) .correction-text")).toBe("An earlier version misspelled the minister's name.");
    });

    it("publishes an Atom feed of corrections, newest first", async () => {
      const feed = parseXmlStrict(await site.read("/corrections/feed.xml"));
      expect(childText(feed, "updated")).toBe("2026-02-28T10:15:00+01:00");
      const list = entries(feed);
      expect(list.map((e) => childText(e, "id"))).toEqual([abs(CORRECTED) + "#correction-1", abs(CORRECTED) + "#correction-2"]);
      expect(childText(list[0]!, "title")).toBe("Correction: Corrected story from Geneva");
      expect(childText(list[0]!, "content")).toContain("<em>day</em>");
    });
  });

  describe("redirects from former URLs", () => {
    it("writes a redirect page at each alias: refresh, canonical, noindex, a visible link, the site's CSP", async () => {
      const article = parseHtml(await site.read(CORRECTED));
      const csp = article('meta[http-equiv="Content-Security-Policy"]').attr("content");
      for (const alias of ["/2026/02/26/old-geneva-slug/", "/old/geneva-story.html"]) {
        const page = parseHtml(await site.read(alias));
        expect(page('meta[http-equiv="refresh"]').attr("content"), alias).toBe(`0; url=${PREFIX}2026/02/26/corrected-story/`);
        expect(page('link[rel="canonical"]').attr("href")).toBe(abs(CORRECTED));
        expect(page('meta[name="robots"]').attr("content")).toBe("noindex");
        expect(hrefs(page, "main a")).toEqual([`${PREFIX}2026/02/26/corrected-story/`]);
        expect(textOf(page, "main a")).toBe("Corrected story from Geneva");
        expect(page('meta[http-equiv="Content-Security-Policy"]').attr("content")).toBe(csp);
      }
    });

    it("leaves redirect pages out of the sitemap and the search index", async () => {
      const sitemap = await site.read("/sitemap.xml");
      expect(sitemap).toContain(abs(CORRECTED));
      expect(sitemap).toContain(abs("/authors/ana-ruiz/page/2/"));
      expect(sitemap).toContain(abs("/corrections/"));
      expect(sitemap).not.toMatch(/old-geneva-slug|geneva-story\.html/);
      const pagefind = [...files].filter(([name]) => name.startsWith("pagefind/")).map(([, text]) => text).join("\n");
      expect(pagefind).toContain("corrected-story");
      expect(pagefind).not.toMatch(/old-geneva-slug|geneva-story\.html/);
    });
  });

  describe("drafts and scheduled articles", () => {
    it("are in no file of the built site: pages, lists, tags, authors, feeds, sitemap, search", () => {
      expect(files.size).toBeGreaterThan(60);
      for (const [name, text] of files) {
        for (const secret of [DRAFT_HEADLINE, SCHEDULED_HEADLINE, LATER_HEADLINE, "Draft Only Writer", "Scheduled Only Writer", "Draftonlytag", "Scheduledonly", "old-draft"]) {
          expect(text.includes(secret) || name.toLowerCase().includes(secret.toLowerCase().replace(/ /g, "-")), `${secret} in ${name}`).toBe(false);
        }
      }
    });

    it("count nowhere: no link, no day page, no count", async () => {
      // No link anywhere leads to them: not a neighbour, a list entry or a feed entry.
      for (const [name, text] of files) expect(text, name).not.toMatch(/2026\/02\/24\/draft|2026\/03\/03\/scheduled|2026\/03\/02\/later/);
      expect(files.has("2026/03/03/index.html")).toBe(false);
      expect(files.has("2026/03/02/index.html")).toBe(false);
      expect(files.has("2026/02/24/index.html")).toBe(false);
      const archive = parseHtml(await site.read("/archive/"));
      expect(textOf(archive, "#year-2026 .count")).toBe(`${ANA_ARTICLES + 3 + 4} articles`);
    });

    it("publishes a date-only article from its own day in the newsroom's zone, and not the day before", async () => {
      expect(files.has("2026/03/01/today-date-only/index.html")).toBe(true);
      expect(files.has("2026/03/02/later/index.html")).toBe(false);
    });

    it("are counted by the build, which says when the next goes live", () => {
      expect(site.stdout).toContain("2 scheduled articles; the next goes live on 2 March 2026 at 00:00 UTC");
      expect(site.stdout).toMatch(/2 drafts left out/);
    });
  });

  describe("time of day", () => {
    it("shows a time as written, with its offset, in the text, <time datetime> and JSON-LD", async () => {
      const page = parseHtml(await site.read(CORRECTED));
      const time = page("article .article-meta time").first();
      expect(time.text()).toBe("26 February 2026, 18:30 +01:00");
      expect(time.attr("datetime")).toBe("2026-02-26T18:30:00+01:00");
      expect(jsonLd(page).datePublished).toBe("2026-02-26T18:30:00+01:00");
    });

    it("keeps a date-only article date-only", async () => {
      const page = parseHtml(await site.read("/2026/03/01/today-date-only/"));
      expect(page("article .article-meta time").first().text()).toBe("1 March 2026");
      expect(page("article .article-meta time").first().attr("datetime")).toBe("2026-03-01");
      expect(jsonLd(page).datePublished).toBe("2026-03-01");
    });
  });
});
