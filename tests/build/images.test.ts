/**
 * Images (issue 12): real JPEG and PNG files, made here with sharp, through the real build
 * under a SITE_URL with a path. The lead image becomes a <figure> with a <picture>, caption
 * and credit, og:image, a large Twitter card, JSON-LD `image` and feed images; body images
 * become lazy <picture>s; the files are under /img/; a second build does no image work;
 * and a missing alt, a missing file or a file that is not an image stops the build.
 */
import { existsSync } from "node:fs";
import { readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { load, type CheerioAPI } from "cheerio";
import { parseAtomFeed, parseJsonFeed } from "feedsmith";
import { HtmlValidate, StaticConfigLoader } from "html-validate";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, fileOf, makeWorkspace, type BuildResult } from "../helpers/build.ts";

const SITE = "https://owner.github.io/news-archive/";
const PREFIX = "/news-archive/";
const ARTICLE = "/2026/02/26/harbour-reopens/";
const PLAIN = "/2026/02/25/no-pictures/";
const CAPTION = `Boats return <script>window.__pwned = 1</script> & "quotes"`;
const CREDIT = "Jane Doe / <b>Agency</b>";

async function jpeg(width: number, height: number): Promise<Buffer> {
  // Noise, not a flat colour: encoders would make a flat image implausibly small.
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0; i < pixels.length; i++) pixels[i] = (i * 7919) % 251;
  return sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality: 80 }).toBuffer();
}

async function pngWithAlpha(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 4, background: { r: 0, g: 90, b: 200, alpha: 0.4 } } }).png().toBuffer();
}

const ARTICLE_TEXT = `---
title: Harbour reopens
date: 2026-02-26
image:
  src: harbour.jpg
  alt: Fishing boats at the quay at dawn
  caption: '${CAPTION.replaceAll("'", "''")}'
  credit: ${CREDIT}
---
The harbour opened again on Thursday.

![A map of the coast, the harbour marked](maps/coast.png "The coast")

Crowds came to watch. ![The crowd on the pier](/shared/crowd.jpg)
`;

const PLAIN_TEXT = "---\ntitle: No pictures\ndate: 2026-02-25\n---\nA story without images.\n";

const validator = new HtmlValidate(new StaticConfigLoader({ extends: ["html-validate:recommended"] }));

async function files(): Promise<Record<string, string | Buffer>> {
  return {
    "2026/2026-02-26-harbour-reopens.md": ARTICLE_TEXT,
    "2026/harbour.jpg": await jpeg(1800, 1200),
    "2026/maps/coast.png": await pngWithAlpha(300, 200),
    "shared/crowd.jpg": await jpeg(800, 600),
    "2026/2026-02-25-no-pictures.md": PLAIN_TEXT,
  };
}

/** The site's file for an image URL written in a page (root-relative under the prefix, or absolute). */
function imageFile(output: string, url: string): string {
  const pathname = new URL(url, SITE).pathname;
  expect(pathname.startsWith(`${PREFIX}img/`), `${url} is under ${PREFIX}img/`).toBe(true);
  return fileOf(output, `/${pathname.slice(PREFIX.length)}`);
}

function widthsOf(srcset: string): number[] {
  return srcset.split(",").map((part) => Number(/ (\d+)w$/.exec(part.trim())?.[1]));
}

describe("images in a real build", () => {
  let cache: string;
  let site: BuildResult;
  let page: CheerioAPI;

  beforeAll(async () => {
    cache = path.join(await makeWorkspace("images-cache"), "cache");
    site = await buildSite("images", { files: await files(), siteUrl: SITE, env: { IMAGE_CACHE_DIR: cache } });
    if (!site.ok) throw new Error(site.stderr);
    page = load(await site.read(ARTICLE));
  });

  describe("the lead image", () => {
    it("is a figure with a picture of AVIF and WebP sources and a JPEG fallback in several widths", () => {
      const figure = page("article figure.lead-image");
      expect(figure).toHaveLength(1);
      const sources = figure.find("picture source");
      expect(sources.map((_, s) => page(s).attr("type")).get()).toEqual(["image/avif", "image/webp"]);
      for (const source of sources.toArray()) {
        expect(widthsOf(page(source).attr("srcset")!)).toEqual([480, 960, 1600]);
        expect(page(source).attr("sizes")).toMatch(/46rem/);
      }
      const img = figure.find("picture img");
      expect(img.attr("src")).toMatch(/^\/news-archive\/img\/.+-960\.jpeg$/);
      expect(widthsOf(img.attr("srcset")!)).toEqual([480, 960, 1600]);
      expect(img.attr("srcset")).toMatch(/\.jpeg 1600w$/);
    });

    it("has its alt text, width and height, and loads at once with high priority", () => {
      const img = page("figure.lead-image img");
      expect(img.attr("alt")).toBe("Fishing boats at the quay at dawn");
      expect(img.attr("width")).toBe("1600");
      expect(img.attr("height")).toBe("1067");
      expect(img.attr("loading")).toBeUndefined();
      expect(img.attr("fetchpriority")).toBe("high");
    });

    it("shows its caption and credit as text, markup and all", () => {
      const caption = page("figure.lead-image figcaption");
      expect(caption.text()).toBe(`${CAPTION} ${CREDIT}`);
      expect(caption.find(".credit").text()).toBe(CREDIT);
      expect(caption.find("script, b")).toHaveLength(0);
      expect(page("script:not([type]), script[src]").toArray().every((s) => page(s).attr("src"))).toBe(true);
    });

    it("is og:image (a 1200 px JPEG, absolute under SITE_URL's path) with a large Twitter card", () => {
      const og = page('meta[property="og:image"]').attr("content")!;
      expect(og).toMatch(/^https:\/\/owner\.github\.io\/news-archive\/img\/.+-1200\.jpeg$/);
      expect(page('meta[property="og:image:width"]').attr("content")).toBe("1200");
      expect(page('meta[property="og:image:height"]').attr("content")).toBe("800");
      expect(page('meta[property="og:image:alt"]').attr("content")).toBe("Fishing boats at the quay at dawn");
      expect(page('meta[name="twitter:card"]').attr("content")).toBe("summary_large_image");
      expect(existsSync(imageFile(site.output, og))).toBe(true);
    });

    it("is the JSON-LD image, absolute, with its caption and credit", () => {
      const data = JSON.parse(page('script[type="application/ld+json"]').text()) as { image: { url: string; width: number; caption: string; creditText: string }[] };
      expect(data.image).toHaveLength(1);
      expect(data.image[0]!.url).toBe(page('meta[property="og:image"]').attr("content"));
      expect(data.image[0]!.width).toBe(1200);
      expect(data.image[0]!.caption).toBe(CAPTION);
      expect(data.image[0]!.creditText).toBe(CREDIT);
    });

    it("leaves an article without images with the small card and no og:image", async () => {
      const plain = load(await site.read(PLAIN));
      expect(plain('meta[name="twitter:card"]').attr("content")).toBe("summary");
      expect(plain('meta[property="og:image"]')).toHaveLength(0);
      expect(plain("picture, figure")).toHaveLength(0);
    });
  });

  describe("body images", () => {
    it("are lazy pictures with width and height, relative to the article or from the articles folder", () => {
      const imgs = page(".article-body picture img");
      expect(imgs).toHaveLength(2);
      const [map, crowd] = imgs.toArray().map((img) => page(img));
      expect(map!.attr("alt")).toBe("A map of the coast, the harbour marked");
      expect(map!.attr("title")).toBe("The coast");
      expect([map!.attr("width"), map!.attr("height")]).toEqual(["300", "200"]);
      expect([crowd!.attr("width"), crowd!.attr("height")]).toEqual(["800", "600"]);
      for (const img of [map!, crowd!]) {
        expect(img.attr("loading")).toBe("lazy");
        expect(img.attr("decoding")).toBe("async");
      }
    });

    it("keep a PNG fallback for an image with transparency, and never upscale", () => {
      const map = page(".article-body picture").first();
      expect(map.find("img").attr("src")).toMatch(/-300\.png$/);
      expect(map.find("source").map((_, s) => page(s).attr("type")).get()).toEqual(["image/avif", "image/webp"]);
      for (const srcset of [...map.find("source").map((_, s) => page(s).attr("srcset")).get(), map.find("img").attr("srcset")!]) {
        expect(widthsOf(srcset)).toEqual([300]);
      }
      // 800 px wide: 480 and the original, nothing wider.
      expect(widthsOf(page(".article-body picture").last().find("img").attr("srcset")!)).toEqual([480, 800]);
    });
  });

  it("writes every image a page names under /img/ in the output", async () => {
    const urls = page("picture source, picture img")
      .toArray()
      .flatMap((element) => [page(element).attr("src"), ...(page(element).attr("srcset") ?? "").split(",").map((part) => part.trim().split(" ")[0])])
      .filter((url): url is string => Boolean(url));
    expect(urls.length).toBeGreaterThan(15);
    for (const url of urls) expect(existsSync(imageFile(site.output, url)), url).toBe(true);
  });

  it("puts the lead image in the Atom feed (enclosure and media:thumbnail) and the JSON Feed", async () => {
    const atom = parseAtomFeed(await site.read("/feed.xml"));
    const entry = atom.entries!.find((e) => e.id === new URL(ARTICLE.slice(1), SITE).href)!;
    const og = page('meta[property="og:image"]').attr("content");
    expect(entry.links!.find((link) => link.rel === "enclosure")).toMatchObject({ href: og, type: "image/jpeg" });
    expect(entry.media?.thumbnails?.[0]).toMatchObject({ url: og, width: 1200, height: 800 });
    expect(entry.content!.value).toMatch(/<img src="https:\/\/owner\.github\.io\/news-archive\/img\/[^"]+-300\.png" width="300" height="200" alt="A map of the coast, the harbour marked">/);
    const json = parseJsonFeed(JSON.parse(await site.read("/feed.json")));
    expect(json.items!.find((item) => item.url === entry.id)?.image).toBe(og);
    expect(json.items!.find((item) => item.url === new URL(PLAIN.slice(1), SITE).href)?.image).toBeUndefined();
  });

  it("writes an article page that passes html-validate's recommended rules", async () => {
    const report = await validator.validateString(await site.read(ARTICLE), ARTICLE);
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
  });

  it("reports the image work it did", () => {
    expect(site.stdout).toMatch(/Images: 3 processed, 0 from cache/);
  });

  it("does no image work in a second build, and publishes the same files", async () => {
    const again = await buildSite("images-again", { articlesDir: site.articlesDir, siteUrl: SITE, env: { IMAGE_CACHE_DIR: cache } });
    expect(again.ok, again.stderr).toBe(true);
    expect(again.stdout).toMatch(/Images: 0 processed, 3 from cache/);
    const list = async (output: string) => (await readdir(path.join(output, "img"))).sort();
    expect(await list(again.output)).toEqual(await list(site.output));
    expect(await again.read(ARTICLE)).toBe(await site.read(ARTICLE));
  });

  it("processes and publishes images once in a build written in several Eleventy passes", async () => {
    const passes = await buildSite("images-passes", { articlesDir: site.articlesDir, siteUrl: SITE, env: { IMAGE_CACHE_DIR: cache, BUILD_PAGES_PER_PASS: "2" } });
    expect(passes.ok, passes.stderr).toBe(true);
    expect(passes.stdout).toMatch(/beside \d+ Eleventy passes/);
    expect(passes.stdout.match(/^Images: /gm)).toHaveLength(1);
    expect((await readdir(path.join(passes.output, "img"))).sort()).toEqual((await readdir(path.join(site.output, "img"))).sort());
    expect(await passes.read(ARTICLE)).toBe(await site.read(ARTICLE));
  });

  it("processes an image again when its file changes, and only that one", async () => {
    await writeFile(path.join(site.articlesDir, "shared/crowd.jpg"), await jpeg(640, 480));
    const changed = await buildSite("images-changed", { articlesDir: site.articlesDir, siteUrl: SITE, env: { IMAGE_CACHE_DIR: cache } });
    expect(changed.ok, changed.stderr).toBe(true);
    expect(changed.stdout).toMatch(/Images: 1 processed, 2 from cache/);
    expect(load(await changed.read(ARTICLE))(".article-body picture img").last().attr("width")).toBe("640");
  });
});

describe("an SVG chart in a body", () => {
  const CHART = `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="120" viewBox="0 0 240 120"><rect width="240" height="120" fill="#fff"/><rect x="20" y="40" width="60" height="80" fill="#c00"/><script>window.__pwned = 1</script></svg>`;

  it("is drawn into a picture at its own size, and the SVG itself, script and all, is not published; links to pictures go to their copies", async () => {
    const built = await buildSite("images-svg", {
      files: {
        "2026/2026-02-24-arrivals.md": "---\ntitle: Arrivals\ndate: 2026-02-24\n---\nArrivals rose.\n\n![Arrivals by month, a bar chart](arrivals.svg)\n\nThe [chart at full size](arrivals.svg), the [table](table.png) and the [old scan](scan.jpg), lost.\n",
        "2026/arrivals.svg": CHART,
        "2026/table.png": await pngWithAlpha(500, 300),
      },
      siteUrl: SITE,
    });
    expect(built.ok, built.stderr).toBe(true);
    const $ = load(await built.read("/2026/02/24/arrivals/"));
    const img = $(".article-body picture img");
    expect([img.attr("alt"), img.attr("width"), img.attr("height")]).toEqual(["Arrivals by month, a bar chart", "240", "120"]);
    expect(img.attr("src")).toMatch(/^\/news-archive\/img\/.+-240\.png$/);
    expect($(".article-body picture source").map((_, source) => $(source).attr("type")).get()).toEqual(["image/avif", "image/webp"]);
    const published = await readdir(path.join(built.output, "img"));
    expect(published.filter((name) => /\.svg$/i.test(name))).toEqual([]);
    const { width, height, format } = await sharp(imageFile(built.output, img.attr("src")!)).metadata();
    expect([width, height, format]).toEqual([240, 120, "png"]);
    // A link to a picture file goes to its largest published copy; one to a missing file stays as written.
    const links = $(".article-body p a").map((_, a) => $(a).attr("href")).get();
    expect(links[0]).toBe(img.attr("src"));
    expect(links[1]).toMatch(/^\/news-archive\/img\/.+-500\.png$/);
    expect(existsSync(imageFile(built.output, links[1]!))).toBe(true);
    expect(links[2]).toBe("scan.jpg");
  });
});

describe("a bad image stops the build, naming the article and the image, before anything is written", () => {
  const lead = (extra: string) => `---\ntitle: Pictured\ndate: 2026-02-26\nimage:\n  src: photo.jpg\n${extra}---\nText.\n`;
  const body = (line: string) => `---\ntitle: Pictured\ndate: 2026-02-26\n---\nText.\n\n${line}\n`;

  it.each([
    ["a lead image without alt", { "2026/a.md": lead(""), "2026/photo.jpg": "jpeg" }, /articles\/2026\/a\.md:\d+: image: alt is required/],
    ["a body image without alt", { "2026/a.md": body("![](photo.jpg)"), "2026/photo.jpg": "jpeg" }, /articles\/2026\/a\.md: body: image "photo\.jpg" has no alt text/],
    ["a missing lead image file", { "2026/a.md": lead("  alt: A photo\n") }, /articles\/2026\/a\.md: image: src "photo\.jpg" \(.*articles\/2026\/photo\.jpg\) does not exist/],
    ["a missing body image file", { "2026/a.md": body("![A photo](gone.png)") }, /articles\/2026\/a\.md: body: image "gone\.png" \(.*articles\/2026\/gone\.png\) does not exist/],
    ["a .jpg that is text", { "2026/a.md": lead("  alt: A photo\n"), "2026/photo.jpg": "text" }, /articles\/2026\/a\.md: image: src "photo\.jpg" \(.*\) is not an image/],
    ["a truncated JPEG", { "2026/a.md": body("![A photo](photo.jpg)"), "2026/photo.jpg": "truncated" }, /articles\/2026\/a\.md: body: image "photo\.jpg" \(.*\) (is not an image|could not be converted)/],
    ["a remote image", { "2026/a.md": body("![A photo](https://example.org/photo.jpg)") }, /articles\/2026\/a\.md: body: image "https:\/\/example\.org\/photo\.jpg" is not a file of the archive/],
    ["an image outside the articles folder", { "2026/a.md": body("![A photo](../../photo.jpg)") }, /articles\/2026\/a\.md: body: image "\.\.\/\.\.\/photo\.jpg" is outside the articles folder/],
  ])("%s", async (_name, written, message) => {
    const files: Record<string, string | Buffer> = { "2026/ok.md": "---\ntitle: Fine\ndate: 2026-02-25\n---\nText.\n" };
    for (const [file, kind] of Object.entries(written)) {
      if (kind === "jpeg") files[file] = await jpeg(64, 48);
      else if (kind === "text") files[file] = "This is a caption, not a photo.\n";
      else if (kind === "truncated") files[file] = (await jpeg(400, 300)).subarray(0, 600);
      else files[file] = kind;
    }
    const workspace = await makeWorkspace("images-bad");
    const site = await buildSite("images-bad", { files, env: { IMAGE_CACHE_DIR: path.join(workspace, "cache") } });
    expect(site.ok).toBe(false);
    expect(site.stderr).toMatch(message);
    expect(site.stderr).toMatch(/^Build stopped: 1 problem in the articles:/);
    expect(site.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(site.output)).toBe(false);
  });
});
