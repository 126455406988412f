/**
 * Page budgets (issue 6), on the real build of the fixture archive plus the longest article
 * the bench's generator writes (1,500 words, with quotes, emphasis and links):
 * - an article page's HTML and the CSS it links stay under 30 kB; with a lead image (its
 *   <figure> and <picture>, og:image and JSON-LD; not the image files, which load apart
 *   and lazily or once) under 32 kB. The longest article is built both ways;
 * - no page but the search page carries more than 2 kB of JavaScript (script files it
 *   references plus inline scripts; JSON-LD is data and is not counted).
 * Sizes are uncompressed bytes, what the browser has to parse.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import * as cheerio from "cheerio";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { generateArticles } from "../../bench/generate.ts";
import { countWords } from "../../src/model/markdown.ts";
import { buildSite, makeWorkspace, type BuildResult } from "../helpers/build.ts";

const SITE_URL = "http://localhost:8080/";
const ARTICLE_BUDGET = 30 * 1024;
const ARTICLE_WITH_IMAGE_BUDGET = 32 * 1024;
const SCRIPT_BUDGET = 2 * 1024;

/** The generator's longest kind of article: a 1,500-word English body. */
/** The longest article again, under its own slug, with a lead image (a photo-sized JPEG beside it), caption and credit. */
async function pictured(article: { file: string; text: string }): Promise<Record<string, string | Buffer>> {
  const caption = "Delegations arrive for the talks at the lakeside hall, where negotiators met for a third day";
  const text = article.text.replace(
    /\n---\n/,
    `\nimage:\n  src: lead.jpg\n  alt: Delegations walking into the conference hall by the lake\n  caption: ${caption}\n  credit: Photographer Name / News Agency\n---\n`,
  );
  const photo = await sharp({ create: { width: 2400, height: 1600, channels: 3, background: { r: 90, g: 110, b: 130 } } }).jpeg().toBuffer();
  return { [article.file.replace(/\.md$/, "-pictured.md")]: text, [article.file.replace(/[^/]+$/, "lead.jpg")]: photo };
}

function longestArticle(): { file: string; text: string; words: number } {
  for (const article of generateArticles({ count: 50, seed: 6, words: [1500, 1500], persianShare: 0 })) {
    if (article.lang === "en" && article.tags.length >= 4) return article;
  }
  throw new Error("the generator gave no English article with four tags");
}

async function htmlPages(output: string): Promise<string[]> {
  const entries = await readdir(output, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => path.relative(output, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
    .filter((file) => !file.startsWith("pagefind/"))
    .sort();
}

/** The output file a same-site URL in a page points to. */
function fileOfUrl(output: string, url: string): string {
  const pathname = new URL(url, SITE_URL).pathname;
  return path.join(output, decodeURIComponent(pathname));
}

async function sizeOf(file: string): Promise<number> {
  return (await stat(file)).size;
}

interface ScriptCost {
  page: string;
  bytes: number;
  parts: string[];
}

async function scriptCost(output: string, page: string): Promise<ScriptCost> {
  const $ = cheerio.load(await readFile(path.join(output, page), "utf8"));
  const cost: ScriptCost = { page, bytes: 0, parts: [] };
  for (const element of $("script").toArray()) {
    const type = ($(element).attr("type") ?? "").trim().toLowerCase();
    if (type && type !== "module" && type !== "text/javascript" && type !== "application/javascript") continue;
    const src = $(element).attr("src");
    if (src) {
      const bytes = await sizeOf(fileOfUrl(output, src));
      cost.bytes += bytes;
      cost.parts.push(`${src} ${bytes} B`);
    } else {
      const bytes = Buffer.byteLength($(element).text());
      cost.bytes += bytes;
      cost.parts.push(`inline ${bytes} B`);
    }
  }
  return cost;
}

describe("page budgets", () => {
  let site: BuildResult;
  const long = longestArticle();

  beforeAll(async () => {
    const cache = `${await makeWorkspace("budgets-images")}/cache`;
    const files = { [long.file]: long.text, ...(await pictured(long)) };
    site = await buildSite("budgets", { from: "archive", files, siteUrl: SITE_URL, env: { IMAGE_CACHE_DIR: cache } });
    if (!site.ok) throw new Error(`build failed:\n${site.stderr}`);
  }, 180_000);

  it("builds the 1,500-word generated article as the longest one", () => {
    const body = long.text.slice(long.text.indexOf("\n---\n", 4) + 5);
    expect(countWords(body)).toBeGreaterThanOrEqual(1500);
    expect(long.text).toMatch(/\]\(https:\/\/example\.org\//);
    expect(long.text).toMatch(/" said /);
  });

  it("keeps every article page's HTML and CSS under 30 kB, and under 32 kB with a lead image", async () => {
    const articlePages = (await htmlPages(site.output)).filter((p) => /^\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/.test(p));
    const slug = long.file.replace(/^.*\/\d{4}-\d{2}-\d{2}-/, "").replace(/\.md$/, "");
    expect(articlePages.some((p) => p.includes(`/${slug}/`))).toBe(true);
    const costs = [];
    for (const page of articlePages) {
      const html = await readFile(path.join(site.output, page), "utf8");
      const $ = cheerio.load(html);
      let css = 0;
      for (const link of $('link[rel="stylesheet"]').toArray()) css += await sizeOf(fileOfUrl(site.output, $(link).attr("href")!));
      const image = $("figure.lead-image").length > 0;
      costs.push({ page, image, html: Buffer.byteLength(html), css, total: Buffer.byteLength(html) + css });
    }
    costs.sort((a, b) => b.total - a.total);
    const largest = costs.find((cost) => !cost.image)!;
    const largestPictured = costs.find((cost) => cost.image)!;
    // The longest article is the largest page, with and without its image: the budgets are tested where they are tightest.
    expect(largest.page).toContain(`/${slug}/`);
    expect(largestPictured.page).toContain(`/${slug}-pictured/`);
    expect(largest.css, "the stylesheet is linked and non-empty").toBeGreaterThan(0);
    for (const cost of costs) {
      expect(cost.total, `${cost.page}: ${cost.html} B of HTML + ${cost.css} B of CSS`).toBeLessThan(cost.image ? ARTICLE_WITH_IMAGE_BUDGET : ARTICLE_BUDGET);
    }
    console.log(
      `Largest article page: ${largest.html} B HTML + ${largest.css} B CSS; ` +
        `with a lead image: ${largestPictured.html} B HTML + ${largestPictured.css} B CSS (${largestPictured.html - largest.html} B more HTML)`,
    );
  });

  it("keeps JavaScript to at most 2 kB on every page but the search page", async () => {
    const pages = (await htmlPages(site.output)).filter((p) => p !== "search/index.html");
    expect(pages.length).toBeGreaterThan(15);
    for (const page of pages) {
      const cost = await scriptCost(site.output, page);
      expect(cost.bytes, `${page}: ${cost.parts.join(", ")}`).toBeLessThanOrEqual(SCRIPT_BUDGET);
    }
  });

  it("counts the search page's scripts (the one page allowed more)", async () => {
    // Proves the counter sees script files: the search page has Pagefind's loader at least.
    const cost = await scriptCost(site.output, "search/index.html");
    expect(cost.parts.length).toBeGreaterThan(0);
    expect(cost.bytes).toBeGreaterThan(0);
  });
});
