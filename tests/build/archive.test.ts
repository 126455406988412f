import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, type BuildResult } from "../helpers/build.ts";
import { hrefs, parseHtml, textOf } from "../helpers/html.ts";

/** 45 short articles over three days, to make every list paginate. */
function manyArticles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 1; i <= 45; i++) {
    const day = 10 + (i % 3);
    const n = String(i).padStart(2, "0");
    files[`2024/2024-05-${day}-bulk-story-${n}.md`] = `---\ntitle: Bulk story ${n}\ndate: 2024-05-${day}T${n.padStart(2, "0").slice(-2) === "00" ? "01" : String(i % 24).padStart(2, "0")}:00:00Z\ntags: [Bulk]\n---\n\nStory number ${n}.\n`;
  }
  return files;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

describe("browsing the archive", () => {
  let site: BuildResult;
  beforeAll(async () => {
    site = await buildSite("archive", { from: "archive", files: manyArticles() });
    if (!site.ok) throw new Error(site.stderr);
  });

  it("lists the newest first, 20 a page, with /page/N/ after", async () => {
    const first = parseHtml(await site.read("/"));
    const entries = first(".article-list > li");
    expect(entries).toHaveLength(20);
    expect(first(".article-list > li h2").first().text()).toBe("گفت‌وگوهای ژنو ادامه دارد");
    const second = parseHtml(await site.read("/page/2/"));
    expect(second(".article-list > li")).toHaveLength(20);
    const third = parseHtml(await site.read("/page/3/"));
    expect(third(".article-list > li")).toHaveLength(10); // 45 generated + 5 fixture articles (the draft is left out)
    expect(hrefs(first)).toContain("/page/2/");
    expect(hrefs(third)).toContain("/page/2/");
    // Each entry shows headline, date, summary and tags.
    const seed = first(".article-list > li").filter((_, li) => first(li).text().includes("Geneva round"));
    expect(seed.find("time").attr("datetime")).toBe("2026-02-26");
    expect(seed.find(".entry-summary").text()).toMatch(/^Oman says/);
    expect(seed.find(".entry-tags a").length).toBe(3); // a few, of the most specific kinds: the article page has them all
  });

  it("paginates tag pages 20 a page", async () => {
    const tag = parseHtml(await site.read("/tags/bulk/"));
    expect(tag(".article-list > li")).toHaveLength(20);
    expect(hrefs(tag)).toContain("/tags/bulk/page/2/");
    const last = parseHtml(await site.read("/tags/bulk/page/3/"));
    expect(last(".article-list > li")).toHaveLength(5);
  });

  it("has year, month and day pages, and an archive of every year and month with counts", async () => {
    expect(textOf(parseHtml(await site.read("/2024/05/10/")), "main")).toContain("Bulk story 03");
    expect(parseHtml(await site.read("/2024/05/")).root().find(".article-list > li")).toHaveLength(20);
    const year = parseHtml(await site.read("/2026/"));
    expect(hrefs(year)).toEqual(expect.arrayContaining(["/2026/01/", "/2026/02/", "/2026/03/"]));
    const archive = parseHtml(await site.read("/archive/"));
    const may = archive('a[href="/2024/05/"]').parent();
    expect(may.text()).toMatch(/May\s*45/);
    expect(hrefs(archive)).toEqual(expect.arrayContaining(["/2024/", "/2025/", "/2026/", "/2025/12/"]));
  });

  it("links each article to the previous and next in time and to related articles", async () => {
    const page = parseHtml(await site.read("/2026/02/26/us-iran-talks-geneva-significant-progress/"));
    const previous = page('.neighbours a[rel="prev"]').attr("href");
    const next = page('.neighbours a[rel="next"]').attr("href");
    // Two articles of the same day tie in time; the URL orders them, the same on every build.
    expect(previous).toBe("/2026/01/15/template-syntax-is-text/");
    expect(next).toBe("/2026/02/26/second-story-same-day/");
    expect(hrefs(page, ".related a")).toContain("/2026/02/26/second-story-same-day/");
  });

  it("merges tags that differ only in case or by an alias into one page", async () => {
    const diplomacy = parseHtml(await site.read("/tags/diplomacy/"));
    expect(hrefs(diplomacy)).toEqual(
      expect.arrayContaining(["/2026/02/26/second-story-same-day/", "/2026/02/26/us-iran-talks-geneva-significant-progress/", "/2026/03/01/persian-report/"]),
    );
    const files = await listFiles(site.output);
    const tagPages = files.filter((f) => /^tags\/[^/]+\/index\.html$/.test(f));
    expect(tagPages).not.toContain("tags/DIPLOMACY/index.html");
    expect(tagPages.filter((f) => f.toLowerCase().includes("diplomacy"))).toEqual(["tags/diplomacy/index.html"]);
    // "U.S." in one article and "United States" in others are one place tag.
    expect(hrefs(parseHtml(await site.read("/tags/united-states/")))).toContain("/2026/01/15/template-syntax-is-text/");
    // A name outside the vocabulary is a topic named as first written.
    const tags = parseHtml(await site.read("/tags/"));
    expect(textOf(tags, "#kind-topic + ul")).toContain("wildfire Season 1");
    expect(textOf(tags, "#kind-topic + ul")).toContain("Climate 2");
    expect(textOf(tags, "#kind-person")).toBe("People");
    expect(tags('a[href="/tags/iran/"]').parent().text()).toMatch(/Iran\s*3/);
  });

  it("leaves drafts out of every page", async () => {
    const files = await listFiles(site.output);
    expect(files.some((f) => f.includes("unpublished-draft"))).toBe(false);
    expect(files.some((f) => f.includes("secret-tag"))).toBe(false);
    for (const file of files.filter((f) => f.endsWith(".html") || f.endsWith(".xml") || f.endsWith(".json"))) {
      expect(await readFile(path.join(site.output, file), "utf8"), file).not.toContain("This must not be published");
    }
  });

  it("never runs article text through a template engine, and shows raw HTML as text", async () => {
    const page = parseHtml(await site.read("/2026/01/15/template-syntax-is-text/"));
    expect(textOf(page, "h1")).toBe("Template syntax is only text: {{ title }} and {% if %}");
    const body = textOf(page, ".article-body");
    expect(body).toContain("Editors sometimes quote {{ title }} or {% if user %}secret{% endif %} in copy, and {# comments #} too.");
    expect(body).toContain(`Wire copy may hold <script>alert("pwned")</script> and <img src=x onerror="alert(1)"> but readers see it as text.`);
    expect(page(".article-body script, .article-body img")).toHaveLength(0);
    expect(page('.article-body a[href^="javascript:"]')).toHaveLength(0);
  });

  it("shows the byline, source and update date when given", async () => {
    const page = parseHtml(await site.read("/2025/12/31/new-years-eve-in-los-angeles/"));
    expect(textOf(page, ".byline")).toBe("By Ana Ruiz, Tom Lee");
    expect(textOf(page, ".source")).toBe("Fixture Wire");
    const updated = parseHtml(await site.read("/2026/01/15/template-syntax-is-text/"));
    expect(updated(".updated time").attr("datetime")).toBe("2026-01-16");
  });
});
