import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, type BuildResult } from "../helpers/build.ts";

/** Pagefind's files are gzip with a signature before the payload. */
function decode(file: Buffer): string {
  return gunzipSync(file).toString("utf8").replace(/^pagefind_dcd/, "");
}

interface Fragment {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

async function fragments(folder: string): Promise<Fragment[]> {
  const dir = path.join(folder, "fragment");
  const names = await readdir(dir);
  return Promise.all(names.map(async (name) => JSON.parse(decode(await readFile(path.join(dir, name)))) as Fragment));
}

const ARTICLE_URLS = [
  "/2025/12/31/new-years-eve-in-los-angeles/",
  "/2026/01/15/template-syntax-is-text/",
  "/2026/02/26/second-story-same-day/",
  "/2026/02/26/us-iran-talks-geneva-significant-progress/",
  "/2026/03/01/persian-report/",
];

describe("the search index built with the site", () => {
  let site: BuildResult;
  let all: Fragment[];
  beforeAll(async () => {
    site = await buildSite("search-index", { from: "archive", siteUrl: "https://owner.github.io/news-archive/" });
    if (!site.ok) throw new Error(site.stderr);
    all = [...(await fragments(path.join(site.output, "pagefind"))), ...(await fragments(path.join(site.output, "pagefind/bundles/fa-1")))];
  });

  it("is written under /pagefind/, and the build prints its page and word counts", async () => {
    expect(site.stdout).toMatch(/Search index: 5 pages, [1-9][\d,]* words in 2 bundles \(en-1 4, fa-1 1\)/);
    for (const file of ["pagefind/pagefind.js", "pagefind/pagefind-entry.json", "pagefind/wasm.en.pagefind", "pagefind/bundles/fa-1/pagefind-entry.json"]) {
      expect((await stat(path.join(site.output, file))).isFile(), file).toBe(true);
    }
    const entry = JSON.parse(await site.read("/pagefind/pagefind-entry.json"));
    expect(Object.keys(entry.languages)).toEqual(["en"]);
    expect(entry.languages.en.page_count).toBe(4);
    const persian = JSON.parse(await site.read("/pagefind/bundles/fa-1/pagefind-entry.json"));
    // Indexed as written (no stemmer), since the English bundle's WebAssembly runs every merged query.
    expect(Object.keys(persian.languages)).toEqual(["x-fa"]);
    const page = await site.read("/search/");
    expect(page).toContain("/news-archive/pagefind/pagefind.js");
    expect(page).toMatch(/data-bundles="[^"]*\/news-archive\/pagefind\/bundles\/fa-1\/[^"]*x-fa/);
  });

  it("publishes no Pagefind UI the site does not use", async () => {
    const published = await readdir(path.join(site.output, "pagefind"));
    expect(published.filter((name) => /ui|highlight|worker/.test(name))).toEqual([]);
    expect(await readdir(path.join(site.output, "pagefind/bundles/fa-1"))).not.toContain("pagefind.js");
  });

  it("indexes every published article and nothing else: no list, tag, search or draft page", () => {
    expect(all.map((f) => f.url).sort()).toEqual(ARTICLE_URLS);
  });

  it("indexes the article region only: headline and body, never navigation or related articles", () => {
    const seed = all.find((f) => f.url.includes("us-iran-talks"))!;
    expect(seed.content).toContain("US and Iran end Geneva round with “significant progress”, Oman says.");
    expect(seed.content).toContain("“creative and positive ideas.”");
    for (const fragment of all) {
      for (const chrome of ["Skip to content", "Search the archive", "News Archive", "Related articles", "Previous", "min read", "Atom feed"]) {
        expect(fragment.content, `${fragment.url}: ${chrome}`).not.toContain(chrome);
      }
    }
  });

  it("gives each article its title and summary, tag, kind and year filters", () => {
    const seed = all.find((f) => f.url.includes("us-iran-talks"))!;
    expect(Object.keys(seed.meta).sort()).toEqual(["summary", "title"]);
    expect(seed.meta.title).toBe("US and Iran end Geneva round with “significant progress”, Oman says");
    expect(seed.meta.summary).toMatch(/^Oman says indirect US–Iran nuclear talks/);
    expect(seed.filters.tag).toEqual(expect.arrayContaining(["Iran", "Sanctions", "Donald Trump", "Associated Press"]));
    expect(seed.filters.person).toEqual(expect.arrayContaining(["Donald Trump", "Jared Kushner"]));
    expect(seed.filters.place).toContain("Geneva");
    expect(seed.filters.year).toEqual(["2026"]);
    const persian = all.find((f) => f.url.includes("persian-report"))!;
    expect(persian.meta.title).toBe("گفت‌وگوهای ژنو ادامه دارد");
    expect(persian.content).toContain("میانجیگری");
  });

  it("makes no word of a date or a bundle id, which no article's text says", async () => {
    const words: string[] = [];
    for (const folder of ["pagefind/index", "pagefind/bundles/fa-1/index"]) {
      const dir = path.join(site.output, folder);
      for (const name of await readdir(dir)) words.push(decode(await readFile(path.join(dir, name))));
    }
    const index = words.join("\n");
    // Sanity: the chunks are read as text, so a word of the seed's body is there as written.
    expect(index).toContain("geneva");
    for (const word of ["20260226", "20260301", "en1", "fa1"]) expect(index, word).not.toContain(word);
  });

  it("fails the build, saying why, when indexing fails", async () => {
    const broken = await buildSite("search-index-broken", {
      from: "archive",
      env: { PAGEFIND_EXTENDED_BINARY_PATH: "/nonexistent/pagefind", PAGEFIND_BINARY_PATH: "/nonexistent/pagefind" },
    });
    expect(broken.ok).toBe(false);
    expect(broken.stderr).toMatch(/Search index/);
  });
});
