/**
 * Issue 16, for researchers, on a real build of the fixture archive plus the reader fixture
 * and 22 stories filed on 26 February of 2000–2021 (so that day's page paginates), built on
 * 26 February 2027 (SOURCE_DATE_EPOCH): citations that parse back, open data that holds
 * every published article exactly once and verbatim, and on this day.
 */
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-csl";
import "@citation-js/plugin-ris";
import { Ajv } from "ajv";
import { HtmlValidate, StaticConfigLoader } from "html-validate";
import { beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { buildSite, type BuildResult } from "../helpers/build.ts";
import { parseCsv } from "../helpers/csv.ts";
import { dataPackageSchema } from "../helpers/datapackage-schema.ts";
import { parseHtml, type Page } from "../helpers/html.ts";
import { readerFixtureFiles } from "../helpers/reader-fixture.ts";

const SITE_URL = "https://owner.github.io/news-archive/";
const BUILD_DAY = Date.UTC(2027, 1, 26, 10) / 1000;
const EVERY_FIELD = "/2026/02/20/every-field/";
const TEMPLATE_SYNTAX = "/2026/01/15/template-syntax-is-text/";

function yearsOfTheDay(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let year = 2000; year <= 2021; year++) {
    files[`${year}/${year}-02-26-day-story-${year}.md`] = `---\ntitle: Day story of ${year}\ndate: ${year}-02-26\ntags: [Diplomacy]\n---\n\nFiled on 26 February ${year}.\n`;
  }
  files["2004/2004-02-29-leap-day.md"] = `---\ntitle: A leap day\ndate: 2004-02-29\n---\n\nOnly every fourth year.\r\n\r\nA body with CRLF line ends, "quotes", commas, and a\ttab.\n`;
  files["2026/2026-02-27-late-draft.md"] = `---\ntitle: A late draft\ndate: 2026-02-27\ndraft: true\n---\n\nNot for publication.\n`;
  return files;
}

interface Source {
  file: string;
  url: string;
  date: string;
  draft: boolean;
  /** The text after the closing `---` line, byte for byte (line ends as LF). */
  body: string;
}

/** The fixture's own sources, read without the project's parser. */
async function sources(articlesDir: string): Promise<Source[]> {
  const entries = await readdir(articlesDir, { recursive: true, withFileTypes: true });
  const found: Source[] = [];
  for (const entry of entries.filter((e) => e.isFile() && e.name.endsWith(".md"))) {
    const raw = (await readFile(path.join(entry.parentPath, entry.name), "utf8")).replace(/\r\n/g, "\n");
    const end = raw.indexOf("\n---\n", 3);
    const front = parseYaml(raw.slice(4, end)) as { date: string | Date; draft?: boolean };
    const date = typeof front.date === "string" ? front.date : front.date.toISOString().slice(0, 10);
    const [y, m, d] = date.slice(0, 10).split("-");
    const slug = entry.name.replace(/^\d{4}-\d{2}-\d{2}-/, "").replace(/\.md$/, "");
    found.push({ file: entry.name, url: `${SITE_URL}${y}/${m}/${d}/${slug}/`, date, draft: front.draft === true, body: raw.slice(end + 5) });
  }
  return found;
}

let site: BuildResult;
let published: Source[];
let drafts: Source[];

beforeAll(async () => {
  site = await buildSite("research", {
    from: "archive",
    files: { ...readerFixtureFiles(), ...yearsOfTheDay() },
    siteUrl: SITE_URL,
    env: { SOURCE_DATE_EPOCH: String(BUILD_DAY) },
  });
  if (!site.ok) throw new Error(`build failed:\n${site.stderr}`);
  const all = await sources(site.articlesDir);
  published = all.filter((s) => !s.draft);
  drafts = all.filter((s) => s.draft);
});

async function page(url: string): Promise<Page> {
  return parseHtml(await site.read(url));
}

describe("citing an article", () => {
  /** What Zotero's Embedded Metadata translator reads from a page's <head> (HIGHWIRE_MAPPINGS, citation_author, the canonical link). */
  function asZoteroReads($: Page) {
    const meta = (name: string) => $(`head > meta[name="${name}"]`).first().attr("content");
    return {
      itemType: meta("citation_journal_title") ? "journalArticle" : "webpage",
      title: meta("citation_title"),
      date: meta("citation_publication_date"),
      publicationTitle: meta("citation_journal_title"),
      language: meta("citation_language"),
      creators: $('head > meta[name="citation_author"]')
        .map((_, el) => $(el).attr("content"))
        .get(),
      url: $('head > link[rel="canonical"]').attr("href"),
    };
  }

  it("gives reference managers title, each author, date, publication, language and URL", async () => {
    expect(asZoteroReads(await page(EVERY_FIELD))).toEqual({
      itemType: "journalArticle",
      title: "Negotiators from both delegations agree to resume technical discussions in Vienna next week after an intensive day of talks",
      date: "2026/02/20",
      publicationTitle: "Wire copy",
      language: "en",
      creators: ["Jane Doe", "Ali Rezaei"],
      url: `${SITE_URL}2026/02/20/every-field/`,
    });
  });

  it("names no author for an unsigned article, and the archive as its publication", async () => {
    const $ = await page(TEMPLATE_SYNTAX);
    const read = asZoteroReads($);
    expect(read.creators).toEqual([]);
    expect(read.publicationTitle).toBe("News Archive");
    expect(read.title).toBe("Template syntax is only text: {{ title }} and {% if %}");
    expect(read.date).toBe("2026/01/15");
  });

  it("tags the Persian article's citation with its language", async () => {
    const read = asZoteroReads(await page("/2026/03/01/persian-report/"));
    expect(read.language).toBe("fa");
    expect(read.title).toBe("گفت‌وگوهای ژنو ادامه دارد");
  });

  function formats($: Page) {
    const code = (label: string) => $("details.cite h3").filter((_, el) => $(el).text() === label).next("pre").text();
    return { text: $("details.cite > p").text(), bibtex: code("BibTeX"), ris: code("RIS"), csl: code("CSL-JSON") };
  }

  type CslName = { family?: string; given?: string; literal?: string } | string;
  function names(list: CslName[] | undefined): string[] {
    return (list ?? []).map((n) => (typeof n === "string" ? n.split(/,\s*/).reverse().join(" ") : n.literal ?? `${n.given} ${n.family}`));
  }
  function dayOf(issued: { "date-parts"?: number[][]; raw?: string } | undefined): string {
    if (issued?.["date-parts"]) return issued["date-parts"][0]!.map((n) => String(n).padStart(2, "0")).join("-");
    return (issued?.raw ?? "").replace(/\/$/, "").replace(/\//g, "-");
  }

  async function parsed(text: string) {
    const [item] = (await Cite.async(text)).data as Record<string, unknown>[];
    expect(item, text).toBeDefined();
    return {
      title: item!.title,
      // For TY NEWS the RIS spec names authors "reporters"; citation-js follows it.
      authors: names((item!.author ?? (item!.reporter ? [item!.reporter].flat() : undefined)) as CslName[] | undefined),
      date: dayOf(item!.issued as never),
      url: item!.URL,
      publication: item!["container-title"],
    };
  }

  it("offers a formatted citation with authors, headline, publication, date and URL, readable without JavaScript", async () => {
    const $ = await page(EVERY_FIELD);
    expect($("details.cite > summary").text()).toBe("Cite this article");
    expect(formats($).bibtex).toMatch(/^@article\{2026-02-20-every-field,\n/);
    expect(formats($).text).toBe(
      `Jane Doe and Ali Rezaei. “Negotiators from both delegations agree to resume technical discussions in Vienna next week after an intensive day of talks.” Wire copy, 20 February 2026. ${SITE_URL}2026/02/20/every-field/.`,
    );
    expect($("details.cite script").length).toBe(0);
  });

  it.each(["bibtex", "ris", "csl"] as const)("%s parses back to the same title, authors, date and URL", async (format) => {
    const $ = await page(EVERY_FIELD);
    expect(await parsed(formats($)[format])).toEqual({
      title: "Negotiators from both delegations agree to resume technical discussions in Vienna next week after an intensive day of talks",
      authors: ["Jane Doe", "Ali Rezaei"],
      date: "2026-02-20",
      url: `${SITE_URL}2026/02/20/every-field/`,
      publication: "Wire copy",
    });
  });

  it.each(["bibtex", "ris", "csl"] as const)("%s keeps braces, percent signs and quotes of a headline, and no authors when unsigned", async (format) => {
    const $ = await page(TEMPLATE_SYNTAX);
    expect(await parsed(formats($)[format])).toEqual({
      title: "Template syntax is only text: {{ title }} and {% if %}",
      authors: [],
      date: "2026-01-15",
      url: `${SITE_URL}2026/01/15/template-syntax-is-text/`,
      publication: "News Archive",
    });
  });

  it("types the record as a newspaper article in RIS and CSL-JSON", async () => {
    const $ = await page(EVERY_FIELD);
    expect(formats($).ris).toMatch(/^TY {2}- NEWS\n/);
    expect(formats($).ris).toMatch(/\nER {2}- $/);
    expect(JSON.parse(formats($).csl)[0].type).toBe("article-newspaper");
  });
});

describe("open data", () => {
  let pkg: { resources: { name: string; path: string; bytes: number; hash: string; format: string }[] } & Record<string, unknown>;
  const dataFile = (name: string) => site.read(`/data/${name}`);
  let rows: Record<string, unknown>[];

  beforeAll(async () => {
    pkg = JSON.parse(await dataFile("datapackage.json"));
    rows = [];
    for (const resource of pkg.resources.filter((r) => r.format === "jsonl")) {
      const text = await dataFile(resource.path);
      expect(text.endsWith("\n")).toBe(true);
      for (const line of text.slice(0, -1).split("\n")) rows.push(JSON.parse(line));
    }
  });

  it("describes itself as a valid Frictionless Data package", () => {
    const ajv = new Ajv({ allErrors: true, validateFormats: false });
    const validate = ajv.compile(dataPackageSchema);
    expect(validate(pkg), ajv.errorsText(validate.errors)).toBe(true);
    // The validator does fail: a resource without a path, and a name with capitals.
    expect(validate({ resources: [{ name: "Articles" }] })).toBe(false);
  });

  it("lists one JSON Lines file per year and the CSV, each with its true size and hash", async () => {
    const years = [...new Set(published.map((s) => s.date.slice(0, 4)))].sort();
    expect(pkg.resources.map((r) => r.path)).toEqual([...years.map((y) => `articles-${y}.jsonl`), "articles.csv"]);
    for (const resource of pkg.resources) {
      const bytes = await readFile(path.join(site.output, "data", resource.path));
      expect(resource.bytes, resource.path).toBe(bytes.length);
      expect(resource.hash).toBe(`sha256:${createHash("sha256").update(bytes).digest("hex")}`);
      expect(bytes.length).toBeLessThan(100 * 1024 * 1024);
    }
  });

  it("holds every published article exactly once, in the file of its year", () => {
    const urls = rows.map((r) => r.url as string);
    expect(new Set(urls).size).toBe(urls.length);
    expect([...urls].sort()).toEqual(published.map((s) => s.url).sort());
    for (const row of rows) expect(row.url).toContain(`/${String(row.date).slice(0, 4)}/`);
  });

  it("holds nothing unpublished", async () => {
    expect(drafts.length).toBeGreaterThanOrEqual(2);
    const everything = (await Promise.all(pkg.resources.map((r) => dataFile(r.path)))).join("\n");
    for (const draft of drafts) expect(everything).not.toContain(draft.url.replace(/\/$/, ""));
    expect(everything).not.toContain("This must not be published");
    expect(everything).not.toContain("Secret tag");
  });

  it("gives each article's body exactly as its source writes it", () => {
    for (const source of published) {
      const row = rows.find((r) => r.url === source.url)!;
      expect(row.text, source.file).toBe(source.body);
    }
    expect(rows.find((r) => String(r.url).endsWith("/leap-day/"))?.text).toContain('"quotes", commas, and a\ttab.');
  });

  it("gives every field the contract names, tags with their kinds", () => {
    const row = rows.find((r) => r.url === `${SITE_URL}2026/02/20/every-field/`)!;
    expect(row).toEqual({
      url: `${SITE_URL}2026/02/20/every-field/`,
      title: "Negotiators from both delegations agree to resume technical discussions in Vienna next week after an intensive day of talks",
      date: "2026-02-20T09:15:00+01:00",
      updated: "2026-02-21",
      byline: ["Jane Doe", "Ali Rezaei"],
      tags: [
        { name: "Diplomacy", kind: "topic" },
        { name: "Vienna", kind: "place" },
      ],
      lang: "en",
      summary: "Every optional field and block, so the page that shows them is checked too.",
      text: expect.stringContaining("A first paragraph with *emphasis*"),
      corrections: [
        { date: "2026-02-21T08:00:00+01:00", text: "An earlier version gave the wrong *venue*; see [the schedule](https://example.org/)." },
        { date: "2026-02-22", text: "An earlier version misnamed a delegate.\n\nA second paragraph of the same correction." },
      ],
    });
  });

  it("writes the same articles to the CSV, less the body, quoted as RFC 4180 says", async () => {
    const [header, ...records] = parseCsv(await dataFile("articles.csv"));
    expect(header).toEqual(["url", "title", "date", "updated", "byline", "tags", "tag_kinds", "lang", "summary", "corrections"]);
    expect(records.length).toBe(rows.length);
    for (const record of records) expect(record.length).toBe(header!.length);
    const byUrl = new Map(records.map((r) => [r[0], r]));
    for (const row of rows) {
      const record = byUrl.get(row.url as string)!;
      expect(record.slice(1, 4), row.url as string).toEqual([row.title, row.date, row.updated ?? ""]);
      expect(record[4]).toBe((row.byline as string[]).join("; "));
      expect(record[5]).toBe((row.tags as { name: string }[]).map((t) => t.name).join("; "));
      expect(record[8]).toBe(row.summary);
    }
    expect(byUrl.get(`${SITE_URL}2026/02/26/us-iran-talks-geneva-significant-progress/`)?.[1]).toBe("US and Iran end Geneva round with “significant progress”, Oman says");
  });

  it("is linked from every page's footer, through a page that says how to load it", async () => {
    const $ = await page("/");
    const link = $(".site-footer a").filter((_, el) => $(el).text() === "Data");
    expect(link.attr("href")).toBe("/news-archive/data/");
    const data = await page("/data/");
    expect(data("h1").text()).toBe("Open data");
    expect(data("a[href$='datapackage.json']").length).toBe(1);
    expect(data("main").text()).toContain("pd.read_json(");
    expect(data("a[href='/news-archive/data/articles-2026.jsonl']").length).toBe(1);
  });
});

describe("on this day", () => {
  const entryUrls = ($: Page, scope = "main") =>
    $(`${scope} .entry h3 a`)
      .map((_, el) => $(el).attr("href"))
      .get();

  it("lists the 366 days of the year, 29 February included, with counts, linking the days that have articles", async () => {
    const $ = await page("/on-this-day/");
    const days = $(".days-of-year li");
    expect(days.length).toBe(366);
    const text = (i: number) => days.eq(i).text().replace(/\s+/g, " ").trim();
    expect(text(0)).toBe("1 January 0");
    expect(text(365)).toBe("31 December 1");
    expect(text(59)).toBe("29 February 1");
    const linked = $(".days-of-year a").map((_, el) => `${$(el).text()}=${$(el).attr("href")}`).get();
    expect(linked).toContain("26 February=/news-archive/on-this-day/02-26/");
    expect(linked).toContain("29 February=/news-archive/on-this-day/02-29/");
    // One link per calendar day that has articles in any year.
    const days_with = new Set(published.map((s) => s.date.slice(5, 10)));
    expect(linked.length).toBe(days_with.size);
    const counted = days.filter((_, el) => $(el).text().startsWith("26 February")).find(".count").text();
    expect(counted).toBe("24");
  });

  it("lists that calendar day's articles in every year, newest year first, twenty a page", async () => {
    const expected = published
      .filter((s) => s.date.slice(5, 10) === "02-26")
      .sort((a, b) => b.date.localeCompare(a.date) || a.url.localeCompare(b.url))
      .map((s) => s.url.replace(SITE_URL, "/news-archive/"));
    expect(expected.length).toBe(24);
    const first = await page("/on-this-day/02-26/");
    const second = await page("/on-this-day/02-26/page/2/");
    const shown = [...entryUrls(first), ...entryUrls(second)];
    expect(shown.length).toBe(24);
    expect([...shown].sort()).toEqual([...expected].sort());
    // Grouped by year, newest year first, each group under its year.
    const years = (p: Page) => p(".year-group h2").map((_, el) => p(el).text()).get();
    expect(years(first)).toEqual(["2026", ...Array.from({ length: 18 }, (_, i) => String(2021 - i))]);
    expect(years(second)).toEqual(["2003", "2002", "2001", "2000"]);
    expect(first(".year-group").first().find(".entry").length).toBe(2);
    expect(first(".pager a[rel=next]").attr("href")).toBe("/news-archive/on-this-day/02-26/page/2/");
    expect(second(".pager a[rel=prev]").attr("href")).toBe("/news-archive/on-this-day/02-26/");
    expect(first("h1").text()).toBe("26 February");
  });

  it("keeps a leap day's articles on 29 February only", async () => {
    const $ = await page("/on-this-day/02-29/");
    expect(entryUrls($)).toEqual(["/news-archive/2004/02/29/leap-day/"]);
  });

  it("shows on the home page the build day's articles from earlier years", async () => {
    const $ = await page("/");
    const section = $("section.on-this-day");
    expect(section.find("h2").text()).toBe("On this day, 26 February");
    expect(entryUrls($, "section.on-this-day").map((u) => u.split("/")[2])).toEqual(["2026", "2026", "2021", "2020", "2019"]);
    expect(section.find("a").last().attr("href")).toBe("/news-archive/on-this-day/02-26/");
    // Only the first page of the home page carries it.
    expect((await page("/page/2/"))("section.on-this-day").length).toBe(0);
  });

  it("draws a month page's days as a calendar table with weekday headers, counts and links", async () => {
    const $ = await page("/2026/02/");
    const table = $("table.calendar");
    expect(table.find("caption").text()).toBe("Articles per day, February 2026");
    expect(table.find("thead th[scope=col]").map((_, el) => $(el).text()).get()).toEqual(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]);
    const firstWeek = table.find("tbody tr").first().find("td").map((_, el) => $(el).text()).get();
    // 1 February 2026 is a Sunday.
    expect(firstWeek).toEqual(["", "", "", "", "", "", "1"]);
    const links = table.find("a").map((_, el) => `${$(el).attr("href")} ${$(el).text().replace(/\s+/g, " ").trim()}`).get();
    expect(links).toEqual(["/news-archive/2026/02/20/ 20 1 article", "/news-archive/2026/02/26/ 26 2 articles"]);
    expect(table.find("tbody td").filter((_, el) => /\S/.test($(el).text())).length).toBe(28);
  });

  it("lists the new pages in the sitemap", async () => {
    const sitemap = await site.read("/sitemap.xml");
    for (const url of ["on-this-day/", "on-this-day/02-26/", "on-this-day/02-26/page/2/", "on-this-day/02-29/", "data/"]) {
      expect(sitemap).toContain(`<loc>${SITE_URL}${url}</loc>`);
    }
    expect(sitemap).not.toContain("on-this-day/03-02/");
  });

  it("writes valid HTML on each new page kind, paginated day pages included", async () => {
    const validator = new HtmlValidate(new StaticConfigLoader({ extends: ["html-validate:recommended"] }));
    for (const url of ["/on-this-day/", "/on-this-day/02-26/", "/on-this-day/02-26/page/2/", "/data/", "/2026/02/", "/", EVERY_FIELD]) {
      const report = await validator.validateString(await site.read(url), url);
      expect(report.results.flatMap((r) => r.messages.map((m) => `${url}:${m.line} ${m.ruleId}: ${m.message}`))).toEqual([]);
    }
  });
});
