/**
 * Feeds, sitemap, robots.txt and article JSON-LD, from a real build of the fixture archive
 * plus a hostile headline and enough generated articles to pass the feed size (50). Feeds
 * are read twice: by a strict XML parser (well-formedness) and by a real feed parser
 * (feedsmith), then checked against the Atom 1.0 and JSON Feed 1.1 required fields.
 */
import { existsSync } from "node:fs";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { load } from "cheerio";
import { parseAtomFeed, parseJsonFeed } from "feedsmith";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, FIXTURES, type BuildResult } from "../helpers/build.ts";
import { childText, childrenNamed, parseXmlStrict } from "../helpers/xml.ts";

const SITE = "https://owner.github.io/news-archive/";
const FEED_SIZE = 50;
const GENERATED = 52;

const HOSTILE_FILE = "2026/2026-02-10-hostile-headline.md";
/** As the fixture's YAML says it, BEL (\a) included. */
const HOSTILE_TITLE = "</script><script>alert(1)</script> & <b>“Quotes”</b> ]]> -- <!-- bell";

function generatedDay(n: number): string {
  return new Date(Date.UTC(2024, 0, n)).toISOString().slice(0, 10);
}

/** Generated story n (1…52) is published on 2024-01-n; the even ones are also tagged Economy. */
function generatedArticles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let n = 1; n <= GENERATED; n++) {
    const day = generatedDay(n);
    const tags = n % 2 === 0 ? "[Generated, Economy]" : "[Generated]";
    files[`generated/${day}-generated-story-${n}.md`] = `---\ntitle: Generated story ${n}\ndate: ${day}\ntags: ${tags}\n---\n\nParagraph of story ${n}.\n`;
  }
  return files;
}

const generatedUrl = (n: number) => `/${generatedDay(n).replaceAll("-", "/")}/generated-story-${n}/`;

/** Every published article, newest first, as the contract's URLs and the fixtures' dates say. */
const NEWEST_FIRST = [
  "/2026/03/01/persian-report/",
  // Same day: ties are ordered by URL.
  "/2026/02/26/second-story-same-day/",
  "/2026/02/26/us-iran-talks-geneva-significant-progress/",
  "/2026/02/10/hostile-headline/",
  "/2026/01/15/template-syntax-is-text/",
  // 23:30 in Los Angeles on 31 December is 07:30 UTC on 1 January: still older than 15 January.
  "/2025/12/31/new-years-eve-in-los-angeles/",
  ...Array.from({ length: GENERATED }, (_, i) => generatedUrl(GENERATED - i)),
];

const abs = (urlPath: string) => new URL(urlPath.replace(/^\//, ""), SITE).href;

let site: BuildResult;

beforeAll(async () => {
  const hostile = await readFile(path.join(FIXTURES, "hostile", HOSTILE_FILE), "utf8");
  site = await buildSite("feeds", { from: "archive", files: { [HOSTILE_FILE]: hostile, ...generatedArticles() }, siteUrl: SITE });
  if (!site.ok) throw new Error(`build failed:\n${site.stdout}\n${site.stderr}`);
});

function expectUnderSite(url: string | undefined): void {
  expect(url, "an absolute URL under SITE_URL").toMatch(/^https:\/\/owner\.github\.io\/news-archive\//);
}

/** The RFC 3339 form that Atom's dates and JSON Feed's dates require (section 5.6). */
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function atomEntryIds(xml: string): string[] {
  return (parseAtomFeed(xml).entries ?? []).map((entry) => entry.id ?? "");
}

describe("Atom feed /feed.xml", () => {
  it("is well-formed XML in the Atom namespace", async () => {
    const root = parseXmlStrict(await site.read("/feed.xml"), "feed.xml");
    expect(root.name).toBe("feed");
    expect(root.namespace).toBe("http://www.w3.org/2005/Atom");
  });

  it("has the feed-level elements Atom requires, with an author for every entry", async () => {
    const feed = parseAtomFeed(await site.read("/feed.xml"));
    expect(feed.id).toBe(SITE);
    expect(feed.title?.value).toBeTruthy();
    expect(feed.updated).toMatch(RFC3339);
    expect(feed.authors?.[0]?.name).toBeTruthy();
    expect(feed.links?.find((l) => l.rel === "self")?.href).toBe(abs("/feed.xml"));
    expect(feed.links?.find((l) => l.rel === "alternate")?.href).toBe(SITE);
    for (const entry of feed.entries ?? []) {
      expect(entry.id).toBeTruthy();
      expect(entry.title?.value).toBeTruthy();
      expect(entry.updated).toMatch(RFC3339);
      expect(entry.published).toMatch(RFC3339);
      expectUnderSite(entry.id);
      expect(entry.links?.find((l) => l.rel === "alternate")?.href).toBe(entry.id);
      expect(entry.content?.type).toBe("html");
    }
  });

  it("holds the newest 50 articles, newest first, and no draft", async () => {
    const ids = atomEntryIds(await site.read("/feed.xml"));
    expect(NEWEST_FIRST.length).toBeGreaterThan(FEED_SIZE);
    expect(ids).toEqual(NEWEST_FIRST.slice(0, FEED_SIZE).map(abs));
    expect(ids.join(" ")).not.toContain("unpublished-draft");
  });

  it("says when it last changed from the articles, never the build time", async () => {
    // The newest change is the hostile article's update, 2026-03-05 (date only: midnight UTC).
    expect(parseAtomFeed(await site.read("/feed.xml")).updated).toBe("2026-03-05T00:00:00Z");
  });

  it("is the same byte for byte when built again later, in another time zone", async () => {
    const again = await buildSite("feeds-again", {
      articlesDir: site.articlesDir,
      siteUrl: SITE,
      env: { TZ: "Pacific/Kiritimati" },
    });
    expect(again.ok, again.stderr).toBe(true);
    for (const file of ["/feed.xml", "/feed.json", "/tags/hostile-text/feed.xml", "/tags/generated/feed.xml", "/sitemap.xml", "/robots.txt"]) {
      expect(await again.read(file), file).toBe(await site.read(file));
    }
  });

  it("gives each entry its dates in RFC 3339, its byline, summary, tags, language and full text", async () => {
    const entries = parseAtomFeed(await site.read("/feed.xml")).entries ?? [];
    const byId = new Map(entries.map((entry) => [entry.id, entry]));

    const la = byId.get(abs("/2025/12/31/new-years-eve-in-los-angeles/"))!;
    expect(la.published).toBe("2025-12-31T23:30:00-08:00");
    expect(la.updated).toBe("2025-12-31T23:30:00-08:00");
    expect(la.authors?.map((a) => a.name)).toEqual(["Ana Ruiz", "Tom Lee"]);
    expect(la.categories?.map((c) => c.term)).toContain("Climate");

    const quoted = byId.get(abs("/2026/01/15/template-syntax-is-text/"))!;
    expect(quoted.published).toBe("2026-01-15T00:00:00Z");
    expect(quoted.updated).toBe("2026-01-16T00:00:00Z");
    expect(quoted.summary?.value).toBe("An article that quotes template syntax and HTML, which must appear exactly as written.");
    // Markup in the source stays text in the feed too.
    expect(quoted.content?.value).toContain("{{ title }}");
    expect(quoted.content?.value).toContain("&lt;script&gt;");
    expect(quoted.content?.value).not.toContain("<script");

    const seed = byId.get(abs("/2026/02/26/us-iran-talks-geneva-significant-progress/"))!;
    expect(seed.content?.value).toContain("“We hope to make more progress,” he said.");
    expect(seed.content?.value).toContain("Indirect negotiations between the United States and Iran wrapped up in Geneva on Thursday");

    const persian = byId.get(abs("/2026/03/01/persian-report/"))!;
    expect(persian.xml?.lang).toBe("fa");
    expect(persian.content?.value).toContain('dir="rtl"');
  });

  it("makes every link and image in the content absolute, relative to the article's own URL", async () => {
    const entries = parseAtomFeed(await site.read("/feed.xml")).entries ?? [];
    const hostile = entries.find((e) => e.id === abs("/2026/02/10/hostile-headline/"))!;
    const $ = load(hostile.content?.value ?? "");
    expect($("a").map((_, a) => $(a).attr("href")).get()).toEqual([abs("/2026/02/10/"), SITE]);
    for (const entry of entries) {
      const content = load(entry.content?.value ?? "");
      content("[href], [src]").each((_, element) => {
        expect(content(element).attr("href") ?? content(element).attr("src")).toMatch(/^https?:\/\//);
      });
    }
  });

  it("keeps a hostile headline intact as text", async () => {
    const xml = await site.read("/feed.xml");
    const hostile = (parseAtomFeed(xml).entries ?? []).find((e) => e.id === abs("/2026/02/10/hostile-headline/"))!;
    expect(hostile.title?.value).toBe(HOSTILE_TITLE);
    expect(hostile.authors?.map((a) => a.name)).toEqual(["O'Brien & <Sons>"]);
    expect(hostile.summary?.value).toBe("A dek with </script> and ]]> and & in it.");
    expect(hostile.published).toBe("2026-02-10T12:00:00+03:30");
    expect(hostile.updated).toBe("2026-03-05T00:00:00Z");
    expect(xml).not.toContain("<script");
  });
});

describe("JSON Feed /feed.json", () => {
  it("is JSON Feed 1.1 with its required fields", async () => {
    const raw = JSON.parse(await site.read("/feed.json")) as Record<string, unknown>;
    expect(raw.version).toBe("https://jsonfeed.org/version/1.1");
    const feed = parseJsonFeed(raw);
    expect(feed.title).toBeTruthy();
    expect(feed.home_page_url).toBe(SITE);
    expect(feed.feed_url).toBe(abs("/feed.json"));
    expect(feed.language).toBe("en");
    expect(feed.authors?.[0]?.name).toBeTruthy();
    for (const item of feed.items ?? []) {
      expect(item.id).toBeTruthy();
      expectUnderSite(item.id);
      expect(item.url).toBe(item.id);
      expect(item.content_html).toBeTruthy();
      expect(item.date_published).toMatch(RFC3339);
      expect(item.date_modified).toMatch(RFC3339);
    }
  });

  it("holds the same newest 50 articles as the Atom feed, with tags, bylines and the exact headline", async () => {
    const feed = parseJsonFeed(JSON.parse(await site.read("/feed.json")));
    const items = feed.items ?? [];
    expect(items.map((item) => item.id)).toEqual(NEWEST_FIRST.slice(0, FEED_SIZE).map(abs));
    const hostile = items.find((item) => item.id === abs("/2026/02/10/hostile-headline/"))!;
    // JSON can hold every character, so nothing is dropped.
    expect(hostile.title).toBe(HOSTILE_TITLE);
    expect(hostile.tags).toEqual(["Hostile text"]);
    expect(hostile.authors?.map((a) => a.name)).toEqual(["O'Brien & <Sons>"]);
    const persian = items.find((item) => item.id === abs("/2026/03/01/persian-report/"))!;
    expect(persian.language).toBe("fa");
  });
});

describe("per-tag Atom feeds /tags/SLUG/feed.xml", () => {
  /** Tag slug → its articles, from each article page's rel="tag" links (the contract's markup). */
  async function tagsOfArticles(): Promise<Map<string, Set<string>>> {
    const tags = new Map<string, Set<string>>();
    for (const url of NEWEST_FIRST) {
      const $ = load(await site.read(url));
      $('article a[rel="tag"]').each((_, a) => {
        const slug = /\/tags\/([^/]+)\/$/.exec($(a).attr("href") ?? "")?.[1];
        if (!slug) throw new Error(`odd tag link on ${url}: ${$(a).attr("href")}`);
        if (!tags.has(slug)) tags.set(slug, new Set());
        tags.get(slug)!.add(url);
      });
    }
    return tags;
  }

  it("exist for every tag and for nothing else", async () => {
    const tags = await tagsOfArticles();
    const folders = await readdir(path.join(site.output, "tags"), { withFileTypes: true });
    const feeds = folders.filter((d) => d.isDirectory() && existsSync(path.join(site.output, "tags", d.name, "feed.xml"))).map((d) => d.name);
    expect(feeds.sort()).toEqual([...tags.keys()].sort());
    expect(tags.has("generated")).toBe(true);
  });

  it("hold only their tag's articles, the newest 50 of them, and parse as Atom", async () => {
    const tags = await tagsOfArticles();
    for (const [slug, members] of tags) {
      const xml = await site.read(`/tags/${slug}/feed.xml`);
      const root = parseXmlStrict(xml, `tags/${slug}/feed.xml`);
      expect(root.name).toBe("feed");
      const feed = parseAtomFeed(xml);
      expect(feed.id, slug).toBe(abs(`/tags/${slug}/`));
      expect(feed.title?.value).toBeTruthy();
      expect(feed.updated).toMatch(RFC3339);
      expect(feed.authors?.[0]?.name).toBeTruthy();
      expect(feed.links?.find((l) => l.rel === "self")?.href).toBe(abs(`/tags/${slug}/feed.xml`));
      const expected = NEWEST_FIRST.filter((url) => members.has(url)).slice(0, FEED_SIZE).map(abs);
      expect(atomEntryIds(xml), slug).toEqual(expected);
    }
    // The generated tag has more articles than a feed holds.
    expect(tags.get("generated")!.size).toBe(GENERATED);
  });

  it("are announced on their tag's page", async () => {
    const $ = load(await site.read("/tags/economy/"));
    const links = $('head link[rel="alternate"][type="application/atom+xml"]').map((_, l) => $(l).attr("href")).get();
    expect(links).toContain("/news-archive/tags/economy/feed.xml");
  });
});

describe("sitemap and robots.txt", () => {
  it("/sitemap.xml is well-formed and lists every article on its absolute URL, with lastmod", async () => {
    const root = parseXmlStrict(await site.read("/sitemap.xml"), "sitemap.xml");
    expect(root.name).toBe("urlset");
    expect(root.namespace).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
    const urls = new Map(childrenNamed(root, "url").map((url) => [childText(url, "loc") ?? "", childText(url, "lastmod")]));
    for (const loc of urls.keys()) expectUnderSite(loc);
    for (const article of NEWEST_FIRST) {
      expect(urls.has(abs(article)), article).toBe(true);
      expect(urls.get(abs(article)), article).toMatch(RFC3339);
    }
    expect(urls.get(abs("/2026/02/10/hostile-headline/"))).toBe("2026-03-05T00:00:00Z");
    expect(urls.get(abs("/2025/12/31/new-years-eve-in-los-angeles/"))).toBe("2025-12-31T23:30:00-08:00");
    for (const page of ["/", "/page/2/", "/archive/", "/tags/", "/tags/generated/page/2/", "/2026/", "/2026/02/", "/2026/02/26/"]) {
      expect(urls.has(abs(page)), page).toBe(true);
    }
    expect([...urls.keys()].join(" ")).not.toMatch(/404|unpublished-draft|feed\.xml/);
  });

  it("/robots.txt points to the sitemap's absolute URL", async () => {
    expect(await site.read("/robots.txt")).toMatch(/^Sitemap: https:\/\/owner\.github\.io\/news-archive\/sitemap\.xml$/m);
  });

  it(".nojekyll is in the output, so GitHub Pages publishes the folder as it is", () => {
    expect(existsSync(path.join(site.output, ".nojekyll"))).toBe(true);
  });
});

describe("article JSON-LD", () => {
  function jsonLd(page: string): { data: Record<string, unknown>; scripts: number } {
    const $ = load(page);
    const blocks = $('script[type="application/ld+json"]');
    expect(blocks.length).toBe(1);
    return { data: JSON.parse(blocks.text()) as Record<string, unknown>, scripts: $("script").length };
  }

  it("is a schema.org NewsArticle with headline, dates, author, publisher, keywords, url, language and description", async () => {
    const { data } = jsonLd(await site.read("/2025/12/31/new-years-eve-in-los-angeles/"));
    expect(data["@context"]).toBe("https://schema.org");
    expect(data["@type"]).toBe("NewsArticle");
    expect(data.headline).toBe("New Year's Eve, written late in Los Angeles");
    expect(data.datePublished).toBe("2025-12-31T23:30:00-08:00");
    expect(data.dateModified).toBeTruthy();
    expect(data.author).toEqual([
      { "@type": "Person", name: "Ana Ruiz", url: abs("/authors/ana-ruiz/") },
      { "@type": "Person", name: "Tom Lee", url: abs("/authors/tom-lee/") },
    ]);
    expect((data.publisher as Record<string, unknown>)["@type"]).toBe("Organization");
    expect((data.publisher as Record<string, unknown>).name).toBeTruthy();
    expect(data.keywords).toEqual(["wildfire Season", "Climate", "United States"]);
    expect(data.url).toBe(abs("/2025/12/31/new-years-eve-in-los-angeles/"));
    expect(data.inLanguage).toBe("en");
    expect(data.description).toBe("Written half an hour before midnight in Los Angeles, when it was already 1 January in London.");
  });

  it("names an author even when the article has no byline", async () => {
    const { data } = jsonLd(await site.read("/2026/02/26/us-iran-talks-geneva-significant-progress/"));
    expect(Array.isArray(data.author) && data.author.length > 0).toBe(true);
    expect(data.dateModified).toBe("2026-02-26");
    expect(data.inLanguage).toBe("en");
  });

  it("cannot be closed by a headline holding </script><script>", async () => {
    const page = await site.read("/2026/02/10/hostile-headline/");
    const withoutHostile = jsonLd(await site.read("/2026/02/26/second-story-same-day/")).scripts;
    const { data, scripts } = jsonLd(page);
    // Parsed as a browser would: one JSON-LD block holding the whole headline, and no extra script.
    expect(data.headline).toBe(HOSTILE_TITLE);
    expect(data.author).toEqual([{ "@type": "Person", name: "O'Brien & <Sons>", url: abs("/authors/o-brien-and-sons/") }]);
    expect(data.dateModified).toBe("2026-03-05");
    expect(scripts).toBe(withoutHostile);
    expect(page).not.toContain("<script>alert(1)");
  });
});
