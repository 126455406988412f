/**
 * Builds that never lose anything: a build that fails at any stage (content validation,
 * a template, the search index) leaves the previous output byte for byte as it was and
 * never touches its sources; the same sources always give the same bytes; clashing URLs
 * and tag slugs stop the build naming both files; hostile text stays text everywhere.
 */
import { execFile } from "node:child_process";
import { mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import * as cheerio from "cheerio";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, FIXTURES, makeWorkspace, prepareArticles, ROOT, type BuildResult } from "../helpers/build.ts";
import { copyProject, treeHashes } from "../helpers/tree.ts";
import { parseXmlStrict, type XmlElement } from "../helpers/xml.ts";

const run = promisify(execFile);

const GOOD_EXTRA = `---
title: A later story
date: 2026-03-03
---

It happened later.
`;

/** Runs the build command of a project copy, as `npm run build` would there. */
async function buildCopy(project: string, output: string, articlesDir: string): Promise<{ ok: boolean; stderr: string }> {
  try {
    const result = await run(process.execPath, ["--import", "tsx", path.join(project, "src/cli/build.ts"), "--output", output], {
      cwd: project,
      env: { ...process.env, ARTICLES_DIR: articlesDir, SITE_URL: "http://localhost:8080/" },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { ok: true, stderr: result.stderr };
  } catch (error) {
    return { ok: false, stderr: (error as { stderr?: string }).stderr ?? "" };
  }
}

/** Leftovers of a build beside its output: staging or retired folders. */
async function leftovers(output: string): Promise<string[]> {
  const base = path.basename(output);
  return (await readdir(path.dirname(output))).filter((name) => name.startsWith(`${base}.`));
}

/**
 * Leftovers once the replaced site is gone: a good build removes it in a detached process
 * after it exits (src/cli/site-size.ts), so this waits for that, up to 20 s.
 */
async function settledLeftovers(output: string): Promise<string[]> {
  for (let waited = 0; waited < 20_000; waited += 100) {
    const left = await leftovers(output);
    if (!left.some((name) => /\.retired-\d+$/.test(name))) return left;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return leftovers(output);
}

describe("a failed build leaves the previous site byte-identical", () => {
  let workspace: string;
  let output: string;
  let articles: string;
  let before: Record<string, string>;
  let sourcesBefore: Record<string, string>;

  beforeAll(async () => {
    workspace = await makeWorkspace("safety-atomic");
    output = path.join(workspace, "site");
    const first = await buildSite("safety-atomic", { from: "archive", output });
    expect(first.ok, first.stderr).toBe(true);
    articles = first.articlesDir;
    before = await treeHashes(output);
    sourcesBefore = await treeHashes(articles);
    expect(Object.keys(before)).toContain("pagefind/pagefind.js");
    expect(Object.keys(before)).toContain("2026/02/26/us-iran-talks-geneva-significant-progress/index.html");
  });

  async function expectUnchanged(result: { ok: boolean; stderr: string }, message: RegExp) {
    expect(result.ok).toBe(false);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/previous site .* was left as it was/);
    expect(await treeHashes(output)).toEqual(before);
    expect(await leftovers(output)).toEqual([]);
  }

  /** A separate articles folder: the fixture archive plus some files. */
  async function articlesWith(name: string, files: Record<string, string | Buffer>): Promise<string> {
    return prepareArticles(await makeWorkspace(name), { from: "archive", files });
  }

  it("when an article is invalid", async () => {
    const dir = await articlesWith("safety-invalid", { "2026/2026-03-04-broken.md": "---\ntitle: Broken\ndate: 2026-02-30\n---\n\nText.\n" });
    const sources = await treeHashes(dir);
    const result = await buildSite("safety-invalid", { output, articlesDir: dir });
    await expectUnchanged(result, /2026-03-04-broken\.md:\d+: date: "2026-02-30" is not a real date/);
    expect(await treeHashes(dir)).toEqual(sources);
  });

  it("when an article is not UTF-8", async () => {
    const dir = await articlesWith("safety-latin1", { "2026/2026-03-04-latin.md": Buffer.from("---\ntitle: Gen\xe8ve\ndate: 2026-03-04\n---\n\nGen\xe8ve.\n", "latin1") });
    await expectUnchanged(await buildSite("safety-latin1", { output, articlesDir: dir }), /2026-03-04-latin\.md: is not valid UTF-8/);
  });

  it("when two articles would get the same URL, naming both files", async () => {
    const twin = "---\ntitle: Another story\ndate: 2026-02-26\n---\n\nDifferent text, same file slug.\n";
    const dir = await articlesWith("safety-url", { "elsewhere/2026-02-26-us-iran-talks-geneva-significant-progress.md": twin });
    const result = await buildSite("safety-url", { output, articlesDir: dir });
    await expectUnchanged(result, /\/2026\/02\/26\/us-iran-talks-geneva-significant-progress\//);
    const line = result.stderr.split("\n").find((l) => l.includes("claims the URL")) ?? "";
    expect(line).toContain("elsewhere/2026-02-26-us-iran-talks-geneva-significant-progress.md");
    expect(line).toContain("2026/2026-02-26-us-iran-talks-geneva-significant-progress.md");
  });

  it("when a tag's slug collides with another tag's, naming both files", async () => {
    const dir = await articlesWith("safety-tag", {
      "2026/2026-03-04-first.md": "---\ntitle: First\ndate: 2026-03-04\ntags: [Cyber security]\n---\n\nOne.\n",
      "2026/2026-03-05-second.md": "---\ntitle: Second\ndate: 2026-03-05\ntags: [Cyber-Security]\n---\n\nTwo.\n",
    });
    const result = await buildSite("safety-tag", { output, articlesDir: dir });
    await expectUnchanged(result, /\/tags\/cyber-security\//);
    const line = result.stderr.split("\n").find((l) => l.includes("/tags/cyber-security/")) ?? "";
    expect(line).toContain("2026-03-04-first.md");
    expect(line).toContain("2026-03-05-second.md");
  });

  it("when a topic tag would take a vocabulary tag's page, naming the file and the vocabulary", async () => {
    const dir = await articlesWith("safety-vocab", { "2026/2026-03-04-x.md": "---\ntitle: X\ndate: 2026-03-04\ntags: [Nuclear-Talks!]\n---\n\nX.\n" });
    const result = await buildSite("safety-vocab", { output, articlesDir: dir });
    await expectUnchanged(result, /2026-03-04-x\.md: tags: "Nuclear-Talks!" would share the page \/tags\/nuclear-talks\/ with "Nuclear talks" in the tag vocabulary/);
  });

  it("when a template throws, and the build modifies none of its sources", async () => {
    const project = await copyProject(ROOT, path.join(await makeWorkspace("safety-template"), "project"));
    await writeFile(
      path.join(project, "src/pages/zz-failing.11ty.ts"),
      `import { definePage } from "../eleventy/pages.ts";
export default definePage({
  items: () => ["/fine/", "/failing/"],
  url: (page: string) => page,
  render: (page: string) => { if (page === "/failing/") throw new Error("a template failed on purpose"); return "fine"; },
});
`,
    );
    // New content, so a build that wrote straight into the output would change it.
    const dir = await articlesWith("safety-template-articles", { "2026/2026-03-03-a-later-story.md": GOOD_EXTRA });
    const projectBefore = await treeHashes(project);
    const sources = await treeHashes(dir);
    const result = await buildCopy(project, output, dir);
    await expectUnchanged(result, /a template failed on purpose/);
    expect(await treeHashes(project)).toEqual(projectBefore);
    expect(await treeHashes(dir)).toEqual(sources);
  });

  it("when Pagefind fails while writing the index", async () => {
    // A stand-in for the pagefind package that indexes, writes part of its bundle and then reports an error, as a full disk would.
    const stub = {
      "package.json": JSON.stringify({ name: "pagefind", version: "0.0.0-stub", type: "module", exports: "./index.js" }),
      "index.js": `import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
export async function createIndex() {
  return { errors: [], index: {
    addHTMLFile: async () => ({ errors: [], file: { uniqueWords: 1, url: "/", meta: {} } }),
    writeFiles: async ({ outputPath }) => {
      await mkdir(outputPath, { recursive: true });
      await writeFile(path.join(outputPath, "pagefind-entry.json"), "{\\"partial\\":");
      return { errors: ["No space left on device (stub)"], outputPath };
    },
    deleteIndex: async () => {},
  } };
}
export async function close() {}
`,
    };
    const project = await copyProject(ROOT, path.join(await makeWorkspace("safety-pagefind"), "project"), { pagefind: stub });
    const dir = await articlesWith("safety-pagefind-articles", { "2026/2026-03-03-a-later-story.md": GOOD_EXTRA });
    const result = await buildCopy(project, output, dir);
    await expectUnchanged(result, /No space left on device \(stub\)/);
  });

  it("when an earlier build was killed between its two renames, the last good site is put back", async () => {
    // A process id above Linux's pid_max: no build with it can be running.
    const retired = `${output}.retired-99999999`;
    const staging = `${output}.staging-99999998`;
    await rename(output, retired);
    await mkdir(staging);
    await writeFile(path.join(staging, "index.html"), "half a site");
    const dir = await articlesWith("safety-killed", { "2026/2026-03-04-broken.md": "---\ntitle: Broken\n---\n\nNo date.\n" });
    await expectUnchanged(await buildSite("safety-killed", { output, articlesDir: dir }), /2026-03-04-broken\.md:\d+: date: the publication date is required/);
  });

  it("and a good build does replace it (so the checks above can see a change)", async () => {
    const dir = await articlesWith("safety-good", { "2026/2026-03-03-a-later-story.md": GOOD_EXTRA });
    const result = await buildSite("safety-good", { output, articlesDir: dir });
    expect(result.ok, result.stderr).toBe(true);
    const after = await treeHashes(output);
    expect(after).not.toEqual(before);
    expect(Object.keys(after)).toContain("2026/03/03/a-later-story/index.html");
    expect(await settledLeftovers(output)).toEqual([]);
    expect(await treeHashes(articles)).toEqual(sourcesBefore);
  });
});

describe("builds are deterministic", () => {
  /** Many articles sharing days and instants, so every tie in every order must be broken the same way. */
  function generated(): Record<string, string> {
    const files: Record<string, string> = {};
    const tags = ["Iran", "Diplomacy", "Oman", "Energy", "Local council", "Weather"];
    for (let i = 0; i < 36; i++) {
      const day = 1 + (i % 3);
      const date = i % 4 === 0 ? `2026-04-0${day}T12:00:00+02:00` : i % 4 === 1 ? `2026-04-0${day}T10:00:00Z` : `2026-04-0${day}`;
      files[`2026/2026-04-0${day}-story-${String(i).padStart(2, "0")}.md`] =
        `---\ntitle: Story ${i} on the same day\ndate: ${date}\ntags: [${tags[i % tags.length]}, ${tags[(i * 5) % tags.length]}]\n---\n\n` +
        `Story ${i} tells of talks, sanctions and weather number ${i % 7}.\n\nIts second paragraph mentions Geneva and Vienna.\n`;
    }
    return files;
  }

  let first: BuildResult;
  let second: BuildResult;

  beforeAll(async () => {
    const files = generated();
    // Different machine time zones and times of day: neither may leak into the output.
    first = await buildSite("determinism-a", { from: "archive", files, env: { TZ: "Pacific/Kiritimati" } });
    second = await buildSite("determinism-b", { from: "archive", files, env: { TZ: "America/Los_Angeles" } });
    expect(first.ok, first.stderr).toBe(true);
    expect(second.ok, second.stderr).toBe(true);
  });

  it("gives byte-identical output, search index included", async () => {
    const a = await treeHashes(first.output);
    const b = await treeHashes(second.output);
    expect(Object.keys(a).filter((file) => file.startsWith("pagefind/")).length).toBeGreaterThan(5);
    expect(Object.keys(a)).toContain("feed.xml");
    expect(b).toEqual(a);
  });

  it("writes no build time into any page", async () => {
    const today = new Date().toISOString().slice(0, 10);
    const offenders: string[] = [];
    for (const file of Object.keys(await treeHashes(first.output))) {
      if (!/\.(html|xml|json|txt)$/.test(file)) continue;
      if ((await readFile(path.join(first.output, file), "utf8")).includes(today)) offenders.push(file);
    }
    expect(offenders).toEqual([]);
  });
});

describe("hostile text stays text", () => {
  let site: BuildResult;
  let source: string;
  const url = "/2026/02/27/unsafe-copy/";

  beforeAll(async () => {
    source = await readFile(path.join(FIXTURES, "unsafe/2026-02-27-unsafe-copy.md"), "utf8");
    site = await buildSite("safety-hostile", { from: "archive", files: { "2026/2026-02-27-unsafe-copy.md": source } });
    expect(site.ok, site.stderr).toBe(true);
  });

  const title = `<script>window.__pwned = 'title'</script><img src=x onerror="window.__pwned='title-img'"> Zephyrquokka & "quotes"`;

  /** Every place a page could run something: script elements, event handlers, script URLs, frames. */
  function activeContent(page: string): string[] {
    const $ = cheerio.load(page);
    const found: string[] = [];
    $("script").each((_, el) => {
      const type = $(el).attr("type");
      if (type !== "application/ld+json" && !$(el).attr("src")) found.push(`inline script: ${$(el).html()}`);
    });
    for (const el of $("*").toArray().flatMap((node) => ("attribs" in node ? [node] : []))) {
      for (const [name, value] of Object.entries(el.attribs)) {
        if (/^on/i.test(name)) found.push(`${el.tagName} ${name}="${value}"`);
        if (/^\s*(javascript|data|vbscript):/i.test(value) && /^(href|src|action|formaction|data)$/i.test(name)) found.push(`${el.tagName} ${name}="${value}"`);
      }
    }
    for (const el of $("iframe, object, embed, frame").toArray()) found.push(`element ${"tagName" in el ? el.tagName : "?"}`);
    return found;
  }

  it("on the article page: nothing runs, and the headline and body read as written", async () => {
    const page = await site.read(url);
    expect(activeContent(page)).toEqual([]);
    const $ = cheerio.load(page);
    expect($("article h1").text()).toBe(title);
    // The document title may be shortened, but what it keeps is the headline's text.
    expect(title.startsWith($("title").text().split(" · ")[0]!.replace(/…$/, ""))).toBe(true);
    expect($('meta[property="og:title"]').attr("content")).toBe(title);
    expect($(".article-body").text()).toContain(`<script>window.__pwned = 'body'</script>`);
    expect($(".article-body").text()).toContain(`[click me](javascript:alert('body-link'))`);
    expect($('a[rel="tag"]').map((_, a) => $(a).text()).get()).toEqual(expect.arrayContaining([`<script>window.__pwned='tag'</script>`]));
  });

  it("in the JSON-LD, which still parses and holds the text exactly", async () => {
    const $ = cheerio.load(await site.read(url));
    const blocks = $('script[type="application/ld+json"]');
    expect(blocks.length).toBe(1);
    const raw = blocks.html() ?? "";
    expect(raw).not.toMatch(/<\/script|<!--|\u2028/i);
    const data = JSON.parse(raw) as { headline: string; description: string; keywords: string[]; author: { name: string }[] };
    expect(data.headline).toBe(title);
    expect(data.description).toContain("</script><script>alert('summary')</script>");
    expect(data.description).toContain("\u2028end");
    expect(data.keywords).toContain(`<script>window.__pwned='tag'</script>`);
    expect(data.author.map((a) => a.name)).toContain(`O'Brien & <Sons>`);
  });

  it("on the home page and the tag page", async () => {
    for (const page of ["/", "/tags/script-window-pwned-tag-script/", "/tags/onmouseover-window-pwned-attr/", "/2026/02/27/", "/tags/"]) {
      const text = await site.read(page);
      expect(activeContent(text), page).toEqual([]);
    }
    const $ = cheerio.load(await site.read("/"));
    expect($(`a[href$="${url}"]`).first().text()).toBe(title);
  });

  const correction = `Zephyrcorrection </script><script>window.__pwned='correction'</script> <img src=x onerror="window.__pwned='correction-img'"> [click](javascript:window.__pwned='correction-link') {{ title }} {% raw %} ]]> & done`;
  const authorPages = ["/authors/img-src-x-onerror-alert-byline/", "/authors/o-brien-and-sons/"];

  it("in author names, on the article, the author pages and /authors/", async () => {
    const $ = cheerio.load(await site.read(url));
    expect($(".byline a").map((_, a) => $(a).text()).get()).toEqual([`<img src=x onerror="alert('byline')">`, "O'Brien & <Sons>"]);
    for (const page of [...authorPages, "/authors/"]) expect(activeContent(await site.read(page)), page).toEqual([]);
    const author = cheerio.load(await site.read(authorPages[0]!));
    expect(author("main h1").text()).toBe(`<img src=x onerror="alert('byline')">`);
    const index = cheerio.load(await site.read("/authors/"));
    expect(index(".author-list a").map((_, a) => index(a).text()).get()).toEqual(expect.arrayContaining(["O'Brien & <Sons>"]));
  });

  it("in correction text: Markdown rendered as the body is, markup and template syntax shown as written", async () => {
    for (const page of [url, "/corrections/"]) {
      const text = await site.read(page);
      expect(activeContent(text), page).toEqual([]);
      const $ = cheerio.load(text);
      const shown = $(".correction-text").first().text().trim();
      expect(shown).toBe(correction);
      expect($(".correction-text a").length).toBe(0);
    }
    const data = JSON.parse(cheerio.load(await site.read(url))('script[type="application/ld+json"]').html() ?? "") as { correction: { text: string }[] };
    expect(data.correction[0]!.text).toBe(correction);
    const feed = parseXmlStrict(await site.read("/corrections/feed.xml"), "corrections/feed.xml");
    expect(feed.children.filter((c) => c.name === "entry")).toHaveLength(1);
  });

  it("on the redirect page of a former URL", async () => {
    const text = await site.read("/2026/02/27/unsafe-copy-before/");
    expect(activeContent(text)).toEqual([]);
    const $ = cheerio.load(text);
    expect($("main a").text()).toBe(title);
    expect($('meta[http-equiv="refresh"]').attr("content")).toBe("0; url=/2026/02/27/unsafe-copy/");
  });

  it("in the feeds, which stay well-formed", async () => {
    const find = (element: XmlElement, name: string): XmlElement[] =>
      element.children.flatMap((child) => [...(child.name === name ? [child] : []), ...find(child, name)]);
    const atom = parseXmlStrict(await site.read("/feed.xml"), "feed.xml");
    const titles = find(atom, "entry").map((entry) => find(entry, "title")[0]?.text);
    expect(titles).toContain(title);
    const json = JSON.parse(await site.read("/feed.json")) as { items: { title: string }[] };
    expect(json.items.map((item) => item.title)).toContain(title);
  });
});
