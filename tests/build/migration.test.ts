/**
 * `npm run import` on old archives written for these tests (Jekyll, Hugo YAML and TOML,
 * Eleventy, a WordPress export, dispatches in six languages), run as editors run it, then
 * the real build: every paragraph is published word for word and each old URL is kept as
 * an alias of the article written.
 */
import { execFile } from "node:child_process";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import * as cheerio from "cheerio";
import { HtmlValidate, StaticConfigLoader } from "html-validate";
import { parse } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, FIXTURES, makeWorkspace, ROOT, type BuildResult } from "../helpers/build.ts";

const run = promisify(execFile);
const SOURCES = path.join(FIXTURES, "import");

async function importArchive(articlesDir: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", path.join(ROOT, "src/cli/import.ts"), ...args], { cwd: ROOT, env: { ...process.env, ARTICLES_DIR: articlesDir } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failure.code ?? -1, stdout: failure.stdout ?? "", stderr: failure.stderr ?? "" };
  }
}

async function written(articlesDir: string): Promise<Map<string, { front: Record<string, unknown>; body: string }>> {
  const files = new Map<string, { front: Record<string, unknown>; body: string }>();
  for (const entry of await readdir(articlesDir, { recursive: true })) {
    if (!entry.endsWith(".md")) continue;
    const text = await readFile(path.join(articlesDir, entry), "utf8");
    const [, yaml = "", body = ""] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
    files.set(path.basename(entry), { front: parse(yaml, { schema: "core" }) as Record<string, unknown>, body });
  }
  return files;
}

/** Paragraph texts of a source, as a reader should see them: blank-line separated, line breaks as spaces. */
const words = (text: string) => text.replace(/\s+/g, " ").trim();

async function pageTexts(site: BuildResult, url: string): Promise<string[]> {
  const $ = cheerio.load(await site.read(url));
  return $(".article-body p")
    .toArray()
    .map((p) => words($(p).text()));
}

describe("migrating old archives", () => {
  let articles: string;
  let site: BuildResult;
  let files: Awaited<ReturnType<typeof written>>;
  const outputs: string[] = [];

  beforeAll(async () => {
    const workspace = await makeWorkspace("migration");
    articles = path.join(workspace, "articles");
    for (const args of [
      [path.join(SOURCES, "jekyll")],
      [path.join(SOURCES, "hugo"), path.join(SOURCES, "eleventy")],
      [path.join(SOURCES, "wordpress/export.xml"), "--uploads", path.join(SOURCES, "wordpress/uploads")],
      [path.join(SOURCES, "dispatches")],
      [path.join(SOURCES, "zola")],
    ]) {
      const result = await importArchive(articles, args);
      expect(result.code, result.stderr).toBe(0);
      outputs.push(result.stdout);
    }
    files = await written(articles);
    site = await buildSite("migration-site", { articlesDir: articles });
    expect(site.ok, site.stderr).toBe(true);
  }, 240_000);

  it("brings in Jekyll posts with their dates, authors, categories, drafts and old URLs", () => {
    const harbour = files.get("2016-10-06-harbour-reopens.md")!;
    expect(harbour.front).toMatchObject({
      title: "Harbour reopens after storm repairs",
      date: "2016-10-06T11:10:38-07:00",
      byline: "Mara Quill",
      summary: "The harbour is open again after three weeks of repairs.",
      tags: ["harbour", "weather", "local"],
    });
    expect(harbour.front.aliases).toEqual(["/news/2016/10/06/harbour-reopens/", "/harbour-reopened/"]);
    // The lead image a theme names comes along, with the description the theme keeps beside it.
    expect(harbour.front.image).toEqual({ src: "storm-wall.png", alt: "The repaired storm wall at low tide" });
    // The date only in the file name, and Liquid converted or reported.
    const council = files.get("2017-03-02-council-votes.md")!;
    expect(council.front.date).toBe("2017-03-02");
    expect(council.front.aliases).toEqual(["/news/2017/03/02/council-votes/"]);
    expect(council.body).toContain('```ruby\nputs "not a real timetable"\n```');
    expect(council.body).toContain("[earlier](/2016/10/06/harbour-reopens/)");
    expect(council.front.review).toContain("{% include signup.html %}");
    // A page of another collection, or a post not imported, is not in the archive: the link goes to where it was on the old site.
    expect(council.body).toContain("[tide tables](https://gazette.example/guides/tides/)");
    expect(council.body).toContain("[summer timetable](https://gazette.example/news/2015/06/01/summer-timetable/)");
    expect(council.front.review).toContain("its link to _guides/tides.md, a page not in the archive, points to the old site: https://gazette.example/guides/tides/");
    // Links to the old site's address of a post now in the archive point to it here; others, and code, stay as written.
    expect(council.body).toContain("covered [here](/news/2016/10/06/harbour-reopens/), and the [about page](https://gazette.example/about/)");
    expect(council.body).toContain("[bill]: /news/2016/10/06/harbour-reopens/#costs");
    expect(council.body).toContain("`https://gazette.example/news/2016/10/06/harbour-reopens/`");
    expect(outputs[0]).toContain("note: 2 links to the old site's pages now in the archive point to them here");
    expect(files.get("2015-01-20-draft-notes.md")!.front.draft).toBe(true);
    expect(outputs[0]).toMatch(/Imported 3, skipped 0, needing review 1\./);
  });

  it("brings in Hugo posts in TOML and YAML, with slugs, aliases and the summary break", () => {
    const bridge = files.get("2019-03-05-new-bridge.md")!;
    expect(bridge.front).toMatchObject({ date: "2019-03-05T09:30:00+01:00", tags: ["bridges", "transport"] });
    expect(bridge.front.aliases).toEqual(["/2019/03/new-bridge/", "/old/bridge-story/"]);
    expect(String(bridge.front.review)).toMatch(/\{\{< youtube abc123 >\}\}.*image not found, left as a link: \/images\/missing\.jpg/);
    const market = files.get("2019-04-12-market.md")!;
    expect(market.front).toMatchObject({ summary: "The Saturday market is back in the square.", tags: ["town"] });
    expect(market.front.aliases).toEqual(["/2019/04/market-returns-to-the-square/"]);
    // A break inside a paragraph is taken out, every word kept, and what it marked becomes the summary.
    const ferry = files.get("2019-05-20-ferry.md")!;
    expect(ferry.front.summary).toBe("The ferry will sail every forty minutes from June.");
    expect(ferry.body).toContain("from June. The council said the change\nfollows a year");
    expect(outputs[1]).toContain("the summary break (`<!--more-->`) inside a paragraph was taken out");
    // Hugo's `images` list, from static/; with no description the headline stands in, to review.
    const lighthouse = files.get("2019-06-11-lighthouse.md")!;
    expect(lighthouse.front.image).toEqual({ src: "keeper.png", alt: "Lighthouse keeper retires" });
    expect(lighthouse.front.review).toBe("its lead image had no alt text; the headline stands in");
  });

  it("brings in Eleventy posts without their collection tags", () => {
    const library = files.get("2020-02-14-library.md")!;
    expect(library.front.tags).toEqual(["libraries"]);
    expect(library.front.aliases).toEqual(["/blog/library/"]);
    // What the site's own parsers read: an offset in hours alone, a quoted value over unindented lines; an empty `image:` names nothing.
    expect(library.front).toMatchObject({ date: "2020-02-14T18:30:00-05:00", summary: "The library will open until eight in the evening." });
    expect(library.front.review).toBeUndefined();
    // eleventy-img's shortcode is an image, found from the site's folder; the `url` filter is the path, which the old site served.
    expect(library.body).toContain("![Shelves of the reading room](shelves.png)");
    expect(library.body).toContain("[the blog](/blog/)");
  });

  it("brings in WordPress posts and drafts with their author, terms, excerpt, images and old URL; pages and comments are reported", async () => {
    const quay = files.get("2019-01-15-quay-wall-rebuilt.md")!;
    expect(quay.front).toMatchObject({
      byline: "Jo Doe",
      summary: "The quay wall is finished.",
      tags: ["Harbour", "works", "Ports & harbours"],
      image: { src: "quay.png", alt: "The quay at low tide" },
      aliases: ["/news/2019/01/quay-wall-rebuilt/"],
    });
    expect(quay.body).toContain("![The rebuilt quay](quay.png)");
    expect(await readFile(path.join(articles, "2019/quay.png"))).toEqual(await readFile(path.join(SOURCES, "wordpress/uploads/2019/01/quay.png")));
    expect(files.get("2019-02-01-ferry-fares-to-rise.md")!.front.draft).toBe(true);
    // A WordPress title is HTML: its words, not its tags or entities.
    expect(files.get("2019-02-01-ferry-fares-to-rise.md")!.front.title).toBe("Ferry fares to rise & tolls too ¯\\_(ツ)_/¯");
    expect(outputs[2]).toContain("item 6 “About us”: a page, not an article");
    // Text an old database garbled (UTF-8 read as Windows-1252) is read back, and said so.
    expect(files.get("2019-01-22-crane-leaves.md")!.front.review).toBe(
      "1 gallery image had no alt text; its title was used; image not found in " +
        path.join(SOURCES, "wordpress/uploads") +
        ", left as a link: https://quay.example/wp-content/uploads/2019/01/crane.png; its text had characters garbled by a wrong encoding, read back as UTF-8: “â€”” as “—”",
    );
    // A link to another post's permalink (any scheme, with or without www) or to its ?p= address points to it here.
    expect(files.get("2019-01-22-crane-leaves.md")!.body.trim()).toBe(
      [
        "The last crane left the quay on Tuesday — a week after [the wall was finished](/news/2019/01/quay-wall-rebuilt/).",
        "Its [cost](/news/2019/01/quay-wall-rebuilt/#costs) was within budget, the [editors](https://quay.example/about/) write.",
        // A gallery is its images, described and captioned as the attachments are; an audio file a link to it.
        "![The quay at low tide](quay.png)",
        "Low tide, January",
        "[Crane on the barge](https://quay.example/wp-content/uploads/2019/01/crane.png)",
        "[https://quay.example/wp-content/uploads/2019/01/horn.mp3](https://quay.example/wp-content/uploads/2019/01/horn.mp3)",
      ].join("\n\n"),
    );
    expect(outputs[2]).toContain("comments (not imported): 2");
  });

  it("brings in Zola posts: the date and slug of their path, authors, taxonomies, aliases, internal links and every image", async () => {
    const regatta = files.get("2018-07-02-regatta-returns.md")!;
    expect(regatta.front).toMatchObject({ title: "Regatta returns to the bay", date: "2018-07-02", byline: "Ana Ruiz", tags: ["sailing", "events"], aliases: ["/2018/07/02/regatta-returns.html"] });
    expect(regatta.front.review).toBe('shortcode not converted, shown as text: {{ youtube(id="abc123") }}; image had no alt text; its file name was used: course.png');
    expect(regatta.body).toContain("The [results](/2018/07/03/results/#final) came a day later");
    expect(regatta.body).toContain("![course](course.png)");
    expect(regatta.body).toContain("![Boats at the start line](start.png)");
    const results = files.get("2018-07-03-results.md")!;
    expect(results.front.aliases).toEqual(["/news/results/"]);
    // A root-relative link to a page not in the archive goes to the old site; a picture linked to comes along.
    expect(results.body).toContain("More from the [news desk](https://harbour.example/news/), and the [course map](course.png) at full size.");
    expect(results.front.review).toBe("1 link to pages of the old site not in the archive now points there (https://harbour.example): /news/");
    expect(outputs[4]).toContain("note: its date was read from its old URL (/2018/07/02/regatta-returns/)");
    expect(outputs[4]).toMatch(/Imported 2, skipped 2, needing review 2\./);
    const page = cheerio.load(await site.read("/2018/07/02/regatta-returns/"));
    expect(page(".article-body picture img").map((_, img) => page(img).attr("alt")).get()).toEqual(["course", "Boats at the start line"]);
    const resultsPage = cheerio.load(await site.read("/2018/07/03/results/"));
    const hrefs = resultsPage(".article-body a").map((_, a) => resultsPage(a).attr("href")).get();
    expect(hrefs.slice(0, 2)).toEqual(["/2018/07/02/regatta-returns/", "https://harbour.example/news/"]);
    expect(hrefs[2]).toMatch(/^\/img\/.+\.(png|jpeg)$/);
  });

  it("publishes every paragraph of every migrated post word for word, and hides the summary break", async () => {
    expect(await pageTexts(site, "/2016/10/06/harbour-reopens/")).toEqual([
      "The harbour reopened on Thursday after three weeks of repairs to the storm wall.",
      "Fishing boats queued at the entrance from dawn, and the harbour master said the work had come in under budget.",
      "Repairs cost less than the council had feared.",
    ]);
    expect(await pageTexts(site, "/2019/01/15/quay-wall-rebuilt/")).toEqual([
      "The old quay wall has been rebuilt in time for the summer season.",
      "Workers finished the last section on Monday. The crane left on Tuesday.",
      "",
    ]);
    expect(cheerio.load(await site.read("/2019/01/15/quay-wall-rebuilt/"))(".article-body img").attr("alt")).toBe("The rebuilt quay");
    const market = cheerio.load(await site.read("/2019/04/12/market/"));
    expect(market(".article-body table td").first().text()).toBe("fruit");
    expect(market(".article-body .footnotes li").text()).toContain("It had moved to the car park during the works.");
    // Footnotes, tables and converted HTML are valid markup.
    const validator = new HtmlValidate(new StaticConfigLoader({ extends: ["html-validate:recommended"] }));
    for (const url of ["/2019/04/12/market/", "/2019/01/15/quay-wall-rebuilt/", "/2017/03/02/council-votes/"]) {
      const report = await validator.validateString(await site.read(url));
      expect(report.results.flatMap((r) => r.messages.map((m) => `${url} ${m.ruleId}: ${m.message}`))).toEqual([]);
    }
    const bridge = await site.read("/2019/03/05/new-bridge/");
    expect(bridge).not.toContain("&lt;!--more--&gt;");
    expect(await pageTexts(site, "/2019/05/20/ferry/")).toEqual([
      "The ferry will sail every forty minutes from June. The council said the change follows a year of complaints about crowded crossings.",
      "Tickets bought before June stay valid.",
    ]);
    // A break on the line under a paragraph ends it there, as on the old site.
    expect(await pageTexts(site, "/2019/06/11/lighthouse/")).toEqual(["The last keeper of the north lighthouse retired on Monday.", "She had kept the light for thirty-one years."]);
    expect(await site.read("/2019/06/11/lighthouse/")).not.toContain("&lt;!--more--&gt;");
    expect(cheerio.load(await site.read("/2016/10/06/harbour-reopens/"))("figure.lead-image img").attr("alt")).toBe("The repaired storm wall at low tide");
  });

  it("links migrated posts to each other on the new site, straight to the article", async () => {
    const hrefs = async (url: string) => {
      const $ = cheerio.load(await site.read(url));
      return $(".article-body a").map((_, a) => $(a).attr("href")).get();
    };
    expect(await hrefs("/2017/03/02/council-votes/")).toEqual(expect.arrayContaining(["/2016/10/06/harbour-reopens/#costs", "/2016/10/06/harbour-reopens/", "https://gazette.example/about/"]));
    expect(await hrefs("/2019/01/22/crane-leaves/")).toEqual([
      "/2019/01/15/quay-wall-rebuilt/",
      "/2019/01/15/quay-wall-rebuilt/#costs",
      "https://quay.example/about/",
      "https://quay.example/wp-content/uploads/2019/01/crane.png",
      "https://quay.example/wp-content/uploads/2019/01/horn.mp3",
    ]);
  });

  it("keeps every old URL working: each alias written on import is a redirect page to its article", async () => {
    let checked = 0;
    for (const [name, { front }] of files) {
      const [, year, month, day, slug] = /^(\d{4})-(\d{2})-(\d{2})-(.+)\.md$/.exec(name)!;
      const url = `/${year}/${month}/${day}/${slug}/`;
      if (front.draft || Date.parse(String(front.date)) > Date.now()) continue;
      for (const alias of (front.aliases as string[] | undefined) ?? []) {
        const redirect = cheerio.load(await site.read(alias));
        expect(redirect('meta[http-equiv="refresh"]').attr("content"), alias).toBe(`0; url=${url}`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(3);
  });

  it("publishes dispatches in six languages word for word, with their language, dateline and a readable slug", async () => {
    const expected: Record<string, { lang?: string; dateline?: string }> = {
      "2024-05-02-": { lang: "fa", dateline: "تهران" },
      "2024-05-03-": { lang: "ar", dateline: "القاهرة (وكالة المثال)" },
      "2024-05-04-": { lang: "zh", dateline: "示例社北京5月4日电" },
      "2024-05-05-": { lang: "ru", dateline: "МОСКВА, 5 мая - Пример Новости" },
      "2024-05-06-": { dateline: "GENEVA (Example Wire)" },
      "2024-05-07-": { lang: "de" },
    };
    for (const [prefix, want] of Object.entries(expected)) {
      const name = [...files.keys()].find((file) => file.startsWith(prefix))!;
      const { front } = files.get(name)!;
      const slug = name.slice(prefix.length, -3);
      expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(slug.length).toBeLessThanOrEqual(80);
      expect(front.lang).toBe(want.lang);
      expect(front.dateline).toBe(want.dateline);
      expect(front.review).toMatch(/headline drawn/);
      const source = await readFile(path.join(SOURCES, "dispatches", `${want.lang ?? "en"}.txt`), "utf8").catch(() => "");
      const paragraphs = source.replace(/^\s*date \S+/, "").split(/\n\s*\n/).map(words).filter(Boolean);
      const [year, month, day] = prefix.split("-");
      expect(await pageTexts(site, `/${year}/${month}/${day}/${slug}/`)).toEqual(paragraphs);
    }
    const en = files.get([...files.keys()].find((f) => f.startsWith("2024-05-06-"))!)!;
    expect(en.front.title).toBe("The U.S. Treasury on Tuesday imposed new sanctions on three shipping firms…");
    expect(String(files.get([...files.keys()].find((f) => f.startsWith("2024-05-07-"))!)!.front.title)).toMatch(/^!Kung-Jäger/);
  });

  it("lists the articles awaiting an editor when the site is built", () => {
    expect(site.stderr).toMatch(/articles await an editor/);
    expect(site.stderr).toContain("2017-03-02-council-votes.md: template tag not converted");
  });

  it("imports nothing twice: a second run skips every story", async () => {
    const again = await importArchive(articles, [path.join(SOURCES, "jekyll"), path.join(SOURCES, "dispatches"), "--dry-run"]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/Would import 0, skipped 9, needing review 0\./);
  });
});

describe("what the importer refuses to read", () => {
  it("refuses a device or a FIFO by name, and --dry-run writes nothing", async () => {
    const workspace = await makeWorkspace("migration-refuse");
    const articles = path.join(workspace, "articles");
    const result = await importArchive(articles, ["/dev/zero", path.join(SOURCES, "dispatches/en.txt"), "--dry-run"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Refused /dev/zero: is not a regular file");
    expect(result.stdout).toMatch(/Would import 1, skipped 1 \(1 refused\)/);
    await expect(readdir(articles)).rejects.toThrow();
  });
});

describe("concurrent imports", () => {
  it("of one dispatch write one article, and leave no lock behind", async () => {
    const workspace = await makeWorkspace("migration-concurrent");
    const articles = path.join(workspace, "articles");
    const dispatch = path.join(SOURCES, "dispatches/en.txt");
    const runs = await Promise.all([importArchive(articles, [dispatch]), importArchive(articles, [dispatch]), importArchive(articles, [dispatch])]);
    for (const result of runs) expect(result.code, result.stderr).toBe(0);
    const all = (await readdir(articles, { recursive: true })).sort();
    expect(all.filter((f) => f.endsWith(".md"))).toHaveLength(1);
    expect(all.filter((f) => f.startsWith(".") || f.includes("/."))).toEqual([]);
    expect(runs.map((r) => r.stdout).join("\n").match(/^Skipped .*: already imported/gm)).toHaveLength(2);
  }, 120_000);
});
