/**
 * `npm run import`, run as editors run it (a child process, articles in ARTICLES_DIR),
 * then the real build: what is imported is published word for word, nothing is ever
 * overwritten or imported twice, and bad files are refused without touching articles/.
 */
import { execFile } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import * as cheerio from "cheerio";
import { beforeAll, describe, expect, it } from "vitest";
import { splitParagraphs } from "../../src/import/dispatch-text.ts";
import { buildSite, FIXTURES, makeWorkspace, ROOT, seedDispatch } from "../helpers/build.ts";
import { treeHashes } from "../helpers/tree.ts";

const execFileAsync = promisify(execFile);
const SEED = path.join(FIXTURES, "000_d2ddb5cc995b7ec3.txt");
const SEED_SLUG = "indirect-negotiations-between-the-united-states-and-iran-wrapped-up";

interface ImportRun {
  code: number;
  stdout: string;
  stderr: string;
}

async function importDispatches(articlesDir: string, args: string[]): Promise<ImportRun> {
  try {
    const { stdout, stderr } = await execFileAsync(process.execPath, ["--import", "tsx", path.join(ROOT, "src/cli/import.ts"), ...args], {
      cwd: ROOT,
      env: { ...process.env, ARTICLES_DIR: articlesDir },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failure.code ?? -1, stdout: failure.stdout ?? "", stderr: failure.stderr ?? "" };
  }
}

async function workspace(name: string): Promise<{ dir: string; articles: string; dispatches: string }> {
  const dir = await makeWorkspace(name);
  const articles = path.join(dir, "articles");
  const dispatches = path.join(dir, "dispatches");
  await mkdir(articles, { recursive: true });
  await mkdir(dispatches, { recursive: true });
  return { dir, articles, dispatches };
}

async function dispatchFile(folder: string, name: string, contents: string | Buffer): Promise<string> {
  const file = path.join(folder, name);
  await writeFile(file, contents);
  return file;
}

/** The paragraphs a reader sees in an article page's body, and any markup Markdown made of them. */
function publishedBody(page: string): { blocks: string[]; texts: string[] } {
  const $ = cheerio.load(page);
  const body = $(".article-body");
  return {
    blocks: body
      .find("*")
      .toArray()
      .map((el) => el.tagName),
    texts: body
      .children("p")
      .toArray()
      .map((p) => $(p).text()),
  };
}

describe("importing the seed dispatch", () => {
  let ws: Awaited<ReturnType<typeof workspace>>;
  let first: ImportRun;
  const target = () => path.join(ws.articles, `2026/2026-02-26-${SEED_SLUG}.md`);

  beforeAll(async () => {
    ws = await workspace("import-seed");
    first = await importDispatches(ws.articles, [SEED]);
  });

  it("writes one article, named by date and drawn headline, and says so", async () => {
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain(`Wrote ${path.relative(ROOT, target())}`);
    expect(first.stdout).toContain("headline drawn from the lede, to review");
    expect(Object.keys(await treeHashes(ws.articles))).toEqual(["2026/", `2026/2026-02-26-${SEED_SLUG}.md`]);
    const source = await readFile(target(), "utf8");
    expect(source).toMatch(/^---\ntitle: Indirect negotiations between the United States and Iran wrapped up in Geneva…\nreview: headline drawn from the lede/);
    expect(source).toContain("\ndate: 2026-02-26\n");
    expect(source).toContain("\nsummary: Indirect negotiations between the United States and Iran wrapped up in Geneva on Thursday, with Oman announcing");
    for (const tag of ["United States", "Iran", "Oman", "Geneva", "Badr al-Busaidi", "Associated Press"]) expect(source).toContain(`\n  - ${tag}\n`);
  });

  it("gives a built page that holds every paragraph verbatim", async () => {
    const site = await buildSite("import-seed-site", { articlesDir: ws.articles });
    expect(site.ok, site.stderr).toBe(true);
    const page = await site.read(`/2026/02/26/${SEED_SLUG}/`);
    const { paragraphs } = await seedDispatch();
    const published = publishedBody(page);
    expect(published.texts).toEqual(paragraphs);
    expect(published.blocks.every((tag) => tag === "p")).toBe(true);
    const $ = cheerio.load(page);
    expect($("article h1").text()).toBe("Indirect negotiations between the United States and Iran wrapped up in Geneva…");
    expect($('a[rel="tag"]').map((_, a) => $(a).text()).get()).toEqual(expect.arrayContaining(["United States", "Iran", "Geneva"]));
  });

  it("refuses to import it again, even under another headline, and leaves articles/ as it was", async () => {
    const before = await treeHashes(ws.articles);
    const again = await importDispatches(ws.articles, [SEED]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`Skipped ${SEED}: already imported as ${path.relative(ROOT, target())}`);
    const retitled = await importDispatches(ws.articles, [SEED, "--title", "A different headline"]);
    expect(retitled.stdout).toContain("already imported");
    // The same text saved with Windows line endings and a byte-order mark is the same dispatch.
    const crlf = await dispatchFile(ws.dispatches, "seed-crlf.txt", `\uFEFF${(await readFile(SEED, "utf8")).replace(/\n/g, "\r\n")}`);
    expect((await importDispatches(ws.articles, [crlf])).stdout).toContain("already imported");
    expect(await treeHashes(ws.articles)).toEqual(before);
  });

  it("is recognised in an archive whose article was written by hand (the real articles/ folder)", async () => {
    const run = await importDispatches(path.join(ROOT, "articles"), [SEED, "--dry-run"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Skipped .*: already imported as articles\/2026\/2026-02-26-us-iran-talks-geneva-significant-progress\.md/);
  });
});

describe("bad dispatches are refused, and the good ones in the same run still import", () => {
  const bad = {
    "no-date.txt": { contents: "Indirect negotiations resumed in Geneva.\n\nA second paragraph.", message: /no date line/ },
    "impossible-date.txt": { contents: "date 2026-02-30\n\nTalks resumed.", message: /"2026-02-30" is not a real date/ },
    "no-text.txt": { contents: "  date 2026-02-26\r\n\r\n   \r\n", message: /no text after it/ },
    "latin1.txt": { contents: Buffer.from("date 2026-02-26\n\nTalks in Gen\xe8ve.", "latin1"), message: /not UTF-8/ },
  };

  for (const [name, { contents, message }] of Object.entries(bad)) {
    it(`refuses ${name} with its reason and leaves articles/ unchanged`, async () => {
      const ws = await workspace(`import-bad-${name.replace(/\W/g, "")}`);
      await writeFile(path.join(ws.articles, "keep.md"), "---\ntitle: Kept\ndate: 2026-01-01\n---\n\nKept.\n");
      const before = await treeHashes(ws.articles);
      const file = await dispatchFile(ws.dispatches, name, contents);
      const run = await importDispatches(ws.articles, [file]);
      expect(run.code).toBe(1);
      const line = run.stderr.split("\n").find((l) => l.startsWith(`Refused ${file}: `)) ?? "";
      expect(line).toMatch(message);
      expect(await treeHashes(ws.articles)).toEqual(before);
    });
  }

  it("imports the good files of a mixed run (Windows line endings and a byte-order mark too), refuses the rest, exits non-zero", async () => {
    const ws = await workspace("import-mixed");
    const files: string[] = [];
    for (const [name, { contents }] of Object.entries(bad)) files.push(await dispatchFile(ws.dispatches, name, contents));
    const good = await dispatchFile(
      ws.dispatches,
      "good-crlf-bom.txt",
      "\uFEFF\r\n date 2026-03-01\r\nThe UN said talks would resume.\r\nA second line, same paragraph.\r\n\r\nLet us see what follows.\r\n",
    );
    const missing = path.join(ws.dispatches, "missing.txt");
    const run = await importDispatches(ws.articles, [files[0]!, good, ...files.slice(1), missing]);
    expect(run.code).toBe(1);
    for (const file of [...files, missing]) expect(run.stderr).toContain(`Refused ${file}: `);
    expect(run.stderr).toContain(`Refused ${missing}: no such file`);
    expect(run.stdout).toContain("Imported 1, skipped 5 (5 refused), needing review 1.");
    const written = Object.keys(await treeHashes(ws.articles));
    expect(written).toEqual(["2026/", "2026/2026-03-01-the-un-said-talks-would-resume.md"]);
    const source = await readFile(path.join(ws.articles, written[1]!), "utf8");
    expect(source).not.toContain("\r");
    expect(source).not.toContain("\uFEFF");
    expect(source).toContain("tags:\n  - United Nations\n---");

    const site = await buildSite("import-mixed-site", { articlesDir: ws.articles });
    expect(site.ok, site.stderr).toBe(true);
    const published = publishedBody(await site.read("/2026/03/01/the-un-said-talks-would-resume/"));
    expect(published.texts).toEqual(["The UN said talks would resume.\nA second line, same paragraph.", "Let us see what follows."]);
  });
});

describe("text that looks like Markdown is published as written", () => {
  it("from dispatch to built page", async () => {
    const ws = await workspace("import-tricky");
    const text = [
      "# Not a heading: *not emphasis*, _nor this_, `nor code`, [nor](a link) & not &amp; an entity",
      "> not a quote\n- not a list\n+ nor this\n1. nor this\n2026) nor this",
      "<script>alert('not run')</script> <b>not bold</b> <http://not.a.link> | a | table |\n|---|---|",
      "back\\slash at the end\\\ntrailing spaces  \n===",
      "~~~\n```\n***\n---",
      "{{ title }} {% if %} ~~not struck~~",
    ];
    const file = await dispatchFile(ws.dispatches, "tricky.txt", `date 2026-03-02\n\n${text.join("\n\n")}\n`);
    const run = await importDispatches(ws.articles, [file, "--title", "Tricky: *text* <b>here</b>", "--tags", "Style guide, iran"]);
    expect(run.code, run.stderr).toBe(0);
    const written = Object.keys(await treeHashes(ws.articles)).filter((f) => f.endsWith(".md"));
    expect(written).toEqual(["2026/2026-03-02-tricky-text-b-here-b.md"]);
    const source = await readFile(path.join(ws.articles, written[0]!), "utf8");
    expect(source).not.toContain("review:");
    expect(source).toContain("tags:\n  - Style guide\n  - Iran\n");

    const site = await buildSite("import-tricky-site", { articlesDir: ws.articles });
    expect(site.ok, site.stderr).toBe(true);
    const page = await site.read("/2026/03/02/tricky-text-b-here-b/");
    const published = publishedBody(page);
    expect(published.texts).toEqual(text.flatMap((p) => splitParagraphs(p)));
    expect(published.blocks.every((tag) => tag === "p")).toBe(true);
    expect(cheerio.load(page)("article h1").text()).toBe("Tricky: *text* <b>here</b>");
  });
});

describe("a dispatch that opens with its own headline line", () => {
  it("takes that line as the headline, to check, and the story's first paragraph as lede, dateline and summary; every line is published", async () => {
    const ws = await workspace("import-headline-line");
    const paragraphs = [
      "Harbour pilots end week-long strike",
      "ROTTERDAM — Harbour pilots returned to work on Thursday after a week-long strike. The port said ships would move again by evening.",
      "The union said talks would go on.",
    ];
    const chinese = ["港口恢复运营", "新华网鹿特丹3月5日电 港口引航员周四结束罢工。船只将于傍晚恢复通行。"];
    const files = [
      await dispatchFile(ws.dispatches, "pilots.txt", `date 2026-03-05\n\n${paragraphs.join("\n\n")}\n`),
      await dispatchFile(ws.dispatches, "port.txt", `date 2026-03-06\n\n${chinese.join("\n\n")}\n`),
    ];
    const run = await importDispatches(ws.articles, files);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("headline taken from the first line, to check: Harbour pilots end week-long strike");
    const written = Object.keys(await treeHashes(ws.articles)).filter((f) => f.endsWith(".md")).sort();
    expect(written).toEqual(["2026/2026-03-05-harbour-pilots-end-week-long-strike.md", "2026/2026-03-06-gangkou-huifu-yunying.md"]);
    const source = await readFile(path.join(ws.articles, written[0]!), "utf8");
    expect(source).toMatch(/^---\ntitle: Harbour pilots end week-long strike\nreview: headline taken from the dispatch's first line/);
    expect(source).toContain("\nsummary: Harbour pilots returned to work on Thursday after a week-long strike.\n");
    expect(source).toContain("\ndateline: ROTTERDAM\n");
    const zh = await readFile(path.join(ws.articles, written[1]!), "utf8");
    expect(zh).toMatch(/^---\ntitle: 港口恢复运营\n/);
    expect(zh).toContain("\nsummary: 港口引航员周四结束罢工。\n");
    expect(zh).toContain("\ndateline: 新华网鹿特丹3月5日电\n");

    const site = await buildSite("import-headline-line-site", { articlesDir: ws.articles });
    expect(site.ok, site.stderr).toBe(true);
    expect(publishedBody(await site.read("/2026/03/05/harbour-pilots-end-week-long-strike/")).texts).toEqual(paragraphs);
    expect(publishedBody(await site.read("/2026/03/06/gangkou-huifu-yunying/")).texts).toEqual(chinese);
  });
});

describe("nothing is ever overwritten", () => {
  it("a different article already at the name keeps it; the new one takes the next free name", async () => {
    const ws = await workspace("import-taken");
    const taken = path.join(ws.articles, "2026/2026-03-01-talks-resume.md");
    await mkdir(path.dirname(taken), { recursive: true });
    await writeFile(taken, "---\ntitle: Talks resume\ndate: 2026-03-01\n---\n\nAn older, different story.\n");
    const elsewhere = path.join(ws.articles, "misc/2026-03-01-talks-resume-2.md");
    await mkdir(path.dirname(elsewhere), { recursive: true });
    await writeFile(elsewhere, "---\ntitle: Also talks\ndate: 2026-03-01\n---\n\nYet another story.\n");
    const before = await treeHashes(ws.articles);
    const file = await dispatchFile(ws.dispatches, "d.txt", "date 2026-03-01 Talks resume.");
    const run = await importDispatches(ws.articles, [file, "--title", "Talks resume"]);
    expect(run.code, run.stderr).toBe(0);
    const after = await treeHashes(ws.articles);
    for (const [name, hash] of Object.entries(before)) expect(after[name]).toBe(hash);
    expect(Object.keys(after).filter((name) => !(name in before))).toEqual(["2026/2026-03-01-talks-resume-3.md"]);
    const site = await buildSite("import-taken-site", { articlesDir: ws.articles });
    expect(site.ok, site.stderr).toBe(true);
  });

  it("two dispatches in one run with the same headline get different names; the same one twice is imported once", async () => {
    const ws = await workspace("import-twins");
    const a = await dispatchFile(ws.dispatches, "a.txt", "date 2026-03-01 Talks resume. First story.");
    const b = await dispatchFile(ws.dispatches, "b.txt", "date 2026-03-01 Talks resume. Second story.");
    const run = await importDispatches(ws.articles, [a, b, a]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`Skipped ${a}: already imported`);
    expect(Object.keys(await treeHashes(ws.articles))).toEqual(["2026/", "2026/2026-03-01-talks-resume-2.md", "2026/2026-03-01-talks-resume.md"]);
  });
});

describe("--dry-run and usage", () => {
  it("--dry-run prints the article and writes nothing", async () => {
    const ws = await workspace("import-dry");
    const run = await importDispatches(ws.articles, [SEED, "--dry-run"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Would write ${path.relative(ROOT, path.join(ws.articles, `2026/2026-02-26-${SEED_SLUG}.md`))}`);
    expect(run.stdout).toContain("Oman’s foreign minister said both delegations");
    expect(await treeHashes(ws.articles)).toEqual({});
  });

  it("refuses one --title for several files, and no files at all", async () => {
    const ws = await workspace("import-usage");
    const one = await importDispatches(ws.articles, [SEED, SEED, "--title", "One headline"]);
    expect(one.code).toBe(2);
    expect(one.stderr).toContain("--title names one article");
    expect((await importDispatches(ws.articles, [])).code).toBe(2);
    expect(await treeHashes(ws.articles)).toEqual({});
  });
});

describe("two spellings of one byline or tag", () => {
  it("are named by the import, before the build stops on them, across this run and the archive", async () => {
    const { articles, dispatches } = await workspace("import-bylines");
    await writeFile(path.join(articles, "earlier.md"), "---\ntitle: Earlier piece\ndate: 2025-06-20\nbyline: Tomas Sedovic\ntags: [Economie]\n---\nText of the earlier piece.\n");
    const post = await dispatchFile(dispatches, "2026-07-14-update.md", "---\ntitle: June update\nauthor: Tomáš Šedovič\ntags: [économie]\n---\nText of the June update.\n");
    const run = await importDispatches(articles, [post]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("To settle before the build (it stops on these):");
    // In the build's order (by file), so the import names the same file and clash as the build will.
    const clash = '"Tomas Sedovic" would share the page /authors/tomas-sedovic/ with "Tomáš Šedovič" in ';
    expect(run.stdout).toMatch(/earlier\.md: byline: "Tomas Sedovic" would share the page \/authors\/tomas-sedovic\/ with "Tomáš Šedovič" in .*2026-07-14-update\.md; use one spelling, or add an alias to src\/_data\/authors\.ts/);
    expect(run.stdout).toMatch(/earlier\.md: tags: "Economie" would share the page \/tags\/economie\/ with "économie" in .*2026-07-14-update\.md/);
    const build = await buildSite("import-bylines-site", { articlesDir: articles });
    expect(build.ok).toBe(false);
    expect(build.stderr).toContain(clash);
    expect(build.stderr).toContain('"Economie" would share the page /tags/economie/ with "économie" in ');
  });
});

describe("posts of a site the importer cannot recognise", () => {
  it("point their links to the old site given with --old-site, or here when the archive holds the page", async () => {
    const { articles, dispatches } = await workspace("import-old-site");
    await dispatchFile(dispatches, "2024-01-02-first.md", "---\ntitle: First\n---\nThe first post.\n");
    await dispatchFile(dispatches, "2024-01-03-second.md", "---\ntitle: Second\n---\nAfter [the first](https://old.example/blog/2024/01/02/first/), [again](../../02/first/), see [about us](/blog/about/).\n");
    const run = await importDispatches(articles, [dispatches, "--old-site", "https://old.example/blog/", "--old-url", "/:year/:month/:day/:title/"]);
    expect(run.code, run.stderr).toBe(0);
    const written = await readFile(path.join(articles, "2024/2024-01-03-second.md"), "utf8");
    expect(written).toContain("After [the first](/2024/01/02/first/), [again](/2024/01/02/first/), see [about us](https://old.example/blog/about/).");
    expect(written).toContain("1 link to pages of the old site not in the archive now points there (https://old.example/blog): /blog/about/");
    const bad = await importDispatches(articles, [dispatches, "--old-site", "old.example"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--old-site: "old.example" is not an http(s) address');
  });
});
