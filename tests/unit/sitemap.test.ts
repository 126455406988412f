import { describe, expect, it } from "vitest";
import { childText, childrenNamed, parseXmlStrict } from "../helpers/xml.ts";
import { buildArchive } from "../../src/model/archive.ts";
import { parseArticle, type ArticleRecord } from "../../src/model/content.ts";
import { lastModified, newestChange } from "../../src/outputs/feeds.ts";
import { sitemapEntries, sitemapFiles, type SitemapEntry } from "../../src/outputs/sitemap.ts";
import { site } from "../../src/_data/site.ts";

function record(file: string, front: string): ArticleRecord {
  const result = parseArticle(file, `---\n${front}\n---\n\nText.\n`);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.record;
}

/** 45 articles on 45 days of 2024 (pageSize 20: three home pages), the 10th updated in 2025. */
function archive() {
  const records = Array.from({ length: 45 }, (_, i) => {
    const day = new Date(Date.UTC(2024, 0, i + 1)).toISOString().slice(0, 10);
    return record(`articles/${day}-story-${i + 1}.md`, `title: Story ${i + 1}\ndate: ${day}\ntags: [Economy]${i === 9 ? "\nupdated: 2025-06-01" : ""}`);
  });
  return buildArchive(records);
}

describe("lastModified and newestChange", () => {
  it("take an update only when it is later than the publication", () => {
    const updated = record("articles/a.md", "title: A\ndate: 2026-01-15T18:00:00-08:00\nupdated: 2026-01-17");
    // A date-only update is midnight UTC: 2026-01-16T00:00Z is before 18:00 in Los Angeles on the 15th.
    const earlier = record("articles/b.md", "title: B\ndate: 2026-01-15T18:00:00-08:00\nupdated: 2026-01-16");
    expect(lastModified(updated).written).toBe("2026-01-17");
    expect(lastModified(earlier).written).toBe("2026-01-15T18:00:00-08:00");
    expect(newestChange([earlier, updated])?.written).toBe("2026-01-17");
    expect(newestChange([])).toBeUndefined();
  });
});

describe("sitemapEntries", () => {
  it("lists every article and list page once, and the archive, tags and search pages", () => {
    const model = archive();
    const entries = sitemapEntries(model);
    const paths = entries.map((e) => e.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const article of model.articles) expect(paths).toContain(article.url);
    for (const listing of model.listings) expect(paths).toContain(listing.url);
    expect(paths).toEqual(expect.arrayContaining(["/archive/", "/tags/", "/search/", "/page/3/"]));
    expect(paths).not.toContain("/404.html");
  });

  it("dates a list page by the newest change on it or on an earlier page of the same list", () => {
    const lastmod = new Map(sitemapEntries(archive()).map((e) => [e.path, e.lastmod]));
    // Story 10 (on page 2 of the home list: stories 25…6) was updated in 2025.
    expect(lastmod.get("/")).toBe("2024-02-14T00:00:00Z");
    expect(lastmod.get("/page/2/")).toBe("2025-06-01T00:00:00Z");
    expect(lastmod.get("/page/3/")).toBe("2025-06-01T00:00:00Z");
    expect(lastmod.get("/2024/01/10/story-10/")).toBe("2025-06-01T00:00:00Z");
    expect(lastmod.get("/2024/01/11/")).toBe("2024-01-11T00:00:00Z");
    expect(lastmod.get("/archive/")).toBe("2025-06-01T00:00:00Z");
    expect(lastmod.get("/search/")).toBeUndefined();
  });
});

describe("sitemapFiles", () => {
  const entries: SitemapEntry[] = Array.from({ length: 5 }, (_, i) => ({ path: `/p${i}/`, lastmod: `2024-01-0${i + 1}T00:00:00Z` }));

  it("writes one urlset when the URLs fit", () => {
    const files = sitemapFiles(entries, 5);
    expect(files.map((f) => f.path)).toEqual(["/sitemap.xml"]);
    const root = parseXmlStrict(files[0]!.xml);
    expect(root.name).toBe("urlset");
    expect(childrenNamed(root, "url").map((u) => childText(u, "loc"))).toEqual(entries.map((e) => new URL(e.path.slice(1), site.url).href));
  });

  it("becomes an index of numbered sitemaps past the limit", () => {
    const files = sitemapFiles(entries, 2);
    expect(files.map((f) => f.path)).toEqual(["/sitemap.xml", "/sitemap-1.xml", "/sitemap-2.xml", "/sitemap-3.xml"]);
    const index = parseXmlStrict(files[0]!.xml);
    expect(index.name).toBe("sitemapindex");
    const parts = childrenNamed(index, "sitemap");
    expect(parts.map((p) => childText(p, "loc"))).toEqual([1, 2, 3].map((n) => new URL(`sitemap-${n}.xml`, site.url).href));
    expect(parts.map((p) => childText(p, "lastmod"))).toEqual(["2024-01-02T00:00:00Z", "2024-01-04T00:00:00Z", "2024-01-05T00:00:00Z"]);
    const urls = files.slice(1).flatMap((f) => childrenNamed(parseXmlStrict(f.xml), "url").map((u) => childText(u, "loc")));
    expect(urls).toHaveLength(5);
  });
});
