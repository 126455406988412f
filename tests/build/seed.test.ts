import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, ROOT, seedDispatch, type BuildResult } from "../helpers/build.ts";
import { hrefs, parseHtml, textOf } from "../helpers/html.ts";

const SEED_URL = "/2026/02/26/us-iran-talks-geneva-significant-progress/";

describe("the archive's first entry: the 26 February 2026 dispatch", () => {
  let site: BuildResult;
  beforeAll(async () => {
    site = await buildSite("seed", { articlesDir: path.join(ROOT, "articles") });
    if (!site.ok) throw new Error(site.stderr);
  });

  it("publishes every paragraph of the dispatch word for word, in order", async () => {
    const { date, paragraphs } = await seedDispatch();
    expect(date).toBe("2026-02-26");
    expect(paragraphs).toHaveLength(12);
    const page = parseHtml(await site.read(SEED_URL));
    const published = page(".article-body p")
      .map((_, p) => page(p).text())
      .get();
    expect(published).toEqual(paragraphs);
    // The typographic details the wire used are kept: curly quotes, non-breaking hyphen.
    expect(published.join("\n")).toContain("al\u2011Busaidi");
    expect(published.join("\n")).toContain("“significant progress”");
  });

  it("marks up the article as the contract says", async () => {
    const page = parseHtml(await site.read(SEED_URL));
    expect(page("article")).toHaveLength(1);
    expect(page("article h1")).toHaveLength(1);
    expect(page("h1")).toHaveLength(1);
    expect(page("article time").first().attr("datetime")).toMatch(/^2026-02-26/);
    expect(textOf(page, "article .article-meta time")).toBe("26 February 2026");
    expect(textOf(page, ".dateline")).toBe("Geneva");
    expect(textOf(page, ".reading-time")).toMatch(/^\d+ min read$/);
    const tags = hrefs(page, 'article a[rel="tag"]');
    expect(tags).toContain("/tags/iran/");
    expect(tags).toContain("/tags/united-states/");
    expect(tags).toContain("/tags/abbas-araghchi/");
    expect(page('link[rel="canonical"]').attr("href")).toBe(`http://localhost:8080${SEED_URL}`);
    expect(page('meta[property="og:type"]').attr("content")).toBe("article");
    const jsonLd = JSON.parse(page('script[type="application/ld+json"]').text());
    expect(jsonLd).toMatchObject({ "@type": "NewsArticle", datePublished: "2026-02-26", inLanguage: "en" });
    expect(jsonLd.keywords).toContain("Iran");
  });

  it("is the home page's entry, and its tag, date and archive pages link to it", async () => {
    for (const url of ["/", "/tags/iran/", "/tags/oman/", "/2026/", "/2026/02/", "/2026/02/26/"]) {
      const page = parseHtml(await site.read(url));
      expect(hrefs(page), url).toContain(SEED_URL);
    }
    const archive = parseHtml(await site.read("/archive/"));
    expect(hrefs(archive)).toContain("/2026/02/");
    expect(textOf(archive, "main")).toMatch(/February\s*1/);
    const tags = parseHtml(await site.read("/tags/"));
    expect(hrefs(tags)).toContain("/tags/iran/");
  });
});
