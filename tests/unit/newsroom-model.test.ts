import { HtmlValidate, StaticConfigLoader } from "html-validate";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { articlePage } from "../../_includes/article.ts";
import { articleList } from "../../_includes/partials/article-list.ts";
import { authorIntro } from "../../_includes/partials/author.ts";
import { href } from "../../src/render/urls.ts";
import { buildArchive } from "../../src/model/archive.ts";
import { parseArticle, type ArticleRecord } from "../../src/model/content.ts";
import { ContentError } from "../../src/model/problems.ts";
import { createAuthorResolver } from "../../src/model/authors.ts";
import { buildNow, describeSchedule, statusOf } from "../../src/model/publication.ts";
import { parsePublicationDate } from "../../src/_data/dates.ts";

function problemsOf(front: string, file = "articles/2026/2026-02-26-example.md") {
  const result = parseArticle(file, `---\ntitle: Example\ndate: 2026-02-26\n${front}\n---\n\nBody.\n`);
  return result.ok ? [] : result.problems.map((p) => `${p.file}: ${p.field}: ${p.message}`);
}

function record(file: string, front: string): ArticleRecord {
  const result = parseArticle(file, `---\n${front}\n---\n\nText of ${file}.\n`);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.record;
}

function problemsBuilding(records: ArticleRecord[]): string[] {
  try {
    buildArchive(records, [], { now: DateTime.fromISO("2026-03-01T12:00:00Z") });
    return [];
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return error.problems.map((p) => `${p.file}: ${p.field}: ${p.message}`);
  }
}

function date(written: string) {
  const parsed = parsePublicationDate(written);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.date;
}

describe("corrections in front matter", () => {
  it("reads a list of dated corrections, text kept as written", () => {
    const result = parseArticle("a.md", "---\ntitle: T\ndate: 2026-02-26T18:30:00+01:00\ncorrections:\n  - date: 2026-02-26\n    text: |\n      Same *day*, later.\n---\n\nBody.\n");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.record.corrections).toHaveLength(1);
    expect(result.record.corrections[0]!.text).toBe("Same *day*, later.");
    expect(result.record.corrections[0]!.date.written).toBe("2026-02-26");
  });

  it.each([
    ["a correction without a date", "corrections:\n  - text: Fixed.", /corrections: each correction needs a date/],
    ["a correction without text", "corrections:\n  - date: 2026-02-27", /corrections: each correction needs its text/],
    ["a correction with empty text", "corrections:\n  - date: 2026-02-27\n    text: '   '", /corrections: each correction needs its text/],
    ["a correction with an impossible date", "corrections:\n  - date: 2026-02-30\n    text: Fixed.", /corrections: a correction's date: .*not a real date/],
    ["a correction dated before the article", "corrections:\n  - date: 2026-02-25\n    text: Fixed.", /corrections: the correction dated 2026-02-25 is earlier than the article's date 2026-02-26/],
    ["corrections that are not a list", "corrections: Fixed.", /corrections: corrections must be a list/],
    ["a correction with an unknown key", "corrections:\n  - date: 2026-02-27\n    text: Fixed.\n    by: Desk", /corrections: /],
  ])("refuses %s, naming the file and the field", (_name, front, message) => {
    const problems = problemsOf(front);
    expect(problems.join("\n")).toMatch(message);
    expect(problems.join("\n")).toContain("articles/2026/2026-02-26-example.md: corrections:");
  });

  it("compares two full times as instants", () => {
    const early = parseArticle("a.md", "---\ntitle: T\ndate: 2026-02-26T18:30:00+01:00\ncorrections:\n  - date: 2026-02-26T18:00:00+01:00\n    text: Too early.\n---\n");
    expect(early.ok).toBe(false);
    const later = parseArticle("a.md", "---\ntitle: T\ndate: 2026-02-26T18:30:00+01:00\ncorrections:\n  - date: 2026-02-26T19:00:00+01:00\n    text: Fine.\n---\n");
    expect(later.ok).toBe(true);
  });
});

describe("aliases in front matter", () => {
  it("reads one alias or a list", () => {
    expect(record("a.md", "title: T\ndate: 2026-02-26\naliases: /old/").aliases).toEqual(["/old/"]);
    expect(record("a.md", "title: T\ndate: 2026-02-26\naliases: [/old/, /older.html]").aliases).toEqual(["/old/", "/older.html"]);
  });

  it.each([
    ["not root-relative", "aliases: [old-slug/]", /must be root-relative/],
    ["an absolute URL", "aliases: ['https://example.org/old/']", /must be root-relative/],
    ["protocol-relative", "aliases: ['//example.org/old/']", /must be root-relative/],
    ["a .. segment", "aliases: [/2026/../etc/]", /"\." or "\.\." segment/],
    ["an encoded .. segment", "aliases: [/2026/%2e%2e/etc/]", /"\." or "\.\." segment/],
    ["a query", "aliases: ['/old/?p=12']", /query or fragment/],
    ["a fragment", "aliases: ['/old/#top']", /query or fragment/],
    ["a control character", 'aliases: ["/old/\\u0007bell/"]', /control character/],
    ["an encoded control character", "aliases: [/old/%0A/]", /control character/],
    ["a malformed escape", "aliases: [/old/%zz/]", /malformed percent escape/],
    ["the home page", "aliases: [/]", /home page/],
    ["not text", "aliases: [12]", /aliases/],
  ])("refuses an alias that is %s, naming the file and the field", (_name, front, message) => {
    const problems = problemsOf(front);
    expect(problems.join("\n")).toMatch(message);
    expect(problems.join("\n")).toContain("articles/2026/2026-02-26-example.md: aliases:");
  });
});

describe("aliases against the archive's pages", () => {
  const a = record("articles/a.md", "title: A\ndate: 2026-02-26\ntags: [Iran]\naliases: [/2026/02/26/b/]");
  const b = record("articles/b.md", "title: B\ndate: 2026-02-26");

  it("refuses an alias that is another article's URL, naming both files", () => {
    expect(problemsBuilding([a, b])).toEqual([expect.stringMatching(/^articles\/a\.md: aliases: "\/2026\/02\/26\/b\/" is the URL of articles\/b\.md/)]);
  });

  it("refuses one former URL claimed by two articles, naming both files", () => {
    const one = record("articles/one.md", "title: One\ndate: 2026-02-20\naliases: [/old/story]");
    const two = record("articles/two.md", "title: Two\ndate: 2026-02-21\naliases: [/old/story/]");
    expect(problemsBuilding([one, two]).join("\n")).toMatch(/articles\/two\.md: aliases: "\/old\/story\/" is also an alias of articles\/one\.md/);
  });

  it.each([
    ["/tags/iran/", /the list page \/tags\/iran\//],
    ["/tags/", /the archive's page \/tags\//],
    ["/search/", /the archive's page \/search\//],
    ["/authors/", /the archive's page \/authors\//],
    ["/corrections/", /the archive's page \/corrections\//],
    ["/2026/", /the list page \/2026\//],
    ["/index.html", /is the list page \/;/],
    ["/feed.xml/", /the archive's page \/feed\.xml/],
    ["/tags/iran/feed.xml/", /the feed \/tags\/iran\/feed\.xml/],
    ["/pagefind/x/", /lies under \/pagefind\//],
    ["/assets/style.css/", /lies under \/assets\//],
  ])("refuses the alias %s, which the archive writes itself", (alias, message) => {
    const c = record("articles/c.md", `title: C\ndate: 2026-02-25\ntags: [Iran]\naliases: ['${alias}']`);
    expect(problemsBuilding([c, b]).join("\n")).toMatch(message);
  });

  it("plans a redirect page per alias, a folder's index.html unless the alias names an .html file", () => {
    const c = record("articles/c.md", "title: C\ndate: 2026-02-25\naliases: [/old/c, /old/c.html, /caf%C3%A9/]");
    const archive = buildArchive([c], [], { now: DateTime.fromISO("2026-03-01T12:00:00Z") });
    expect(archive.redirects.map((r) => r.path)).toEqual(["/old/c/", "/old/c.html", "/café/"]);
  });

  it("ignores the aliases of a draft in a published build, and checks them in the preview", () => {
    const draft = record("articles/d.md", "title: D\ndate: 2026-02-25\ndraft: true\naliases: [/2026/02/26/b/]");
    expect(problemsBuilding([draft, b])).toEqual([]);
    expect(() => buildArchive([draft, b], [], { preview: true })).toThrow(/is the URL of articles\/b\.md/);
  });
});

describe("authors", () => {
  const resolver = createAuthorResolver([{ name: "Ana Ruiz", aliases: ["A. Ruiz"], bio: "Correspondent.", url: "https://example.org/ana", sameAs: ["https://example.org/@ana"] }]);

  it("resolves spellings, aliases and case to one author, and keeps unknown names as written", () => {
    const archive = buildArchive(
      [
        record("articles/1.md", "title: One\ndate: 2026-02-01\nbyline: [A. Ruiz, tom lee]"),
        record("articles/2.md", "title: Two\ndate: 2026-02-02\nbyline: [ana  ruiz, Tom Lee]"),
      ],
      [],
      { authorResolver: resolver, now: DateTime.fromISO("2026-03-01T12:00:00Z") },
    );
    expect(archive.authors.map((a) => [a.name, a.slug, a.articles.length])).toEqual([
      ["Ana Ruiz", "ana-ruiz", 2],
      ["tom lee", "tom-lee", 2],
    ]);
    expect(archive.listings.filter((l) => l.kind === "author").map((l) => l.url)).toEqual(["/authors/ana-ruiz/", "/authors/tom-lee/"]);
  });

  it("refuses two different names that would share one author page, naming both files", () => {
    expect(() =>
      buildArchive([record("articles/1.md", "title: One\ndate: 2026-02-01\nbyline: Jo Smith"), record("articles/2.md", "title: Two\ndate: 2026-02-02\nbyline: Jo-Smith")], [], {
        authorResolver: resolver,
        now: DateTime.fromISO("2026-03-01T12:00:00Z"),
      }),
    ).toThrow(/articles\/2\.md: byline: "Jo-Smith" would share the page \/authors\/jo-smith\/ with "Jo Smith" in articles\/1\.md/);
  });

  it("gives the vocabulary's own page and profiles to JSON-LD as sameAs", () => {
    const archive = buildArchive([record("articles/1.md", "title: One\ndate: 2026-02-01\nbyline: A. Ruiz")], [], {
      authorResolver: resolver,
      now: DateTime.fromISO("2026-03-01T12:00:00Z"),
    });
    const page = articlePage(archive.articles[0]!);
    expect(page).toContain('"sameAs":["https://example.org/ana","https://example.org/@ana"]');
    // The author page links the website, and its own links stay the archive's.
    const intro = authorIntro(archive.authors[0]!).value;
    expect(intro).toContain('<a href="https://example.org/ana">Website</a>');
    expect(intro).toContain('<p class="lead">Correspondent.</p>');
    expect(intro).toContain(`href="${href("/authors/ana-ruiz/feed.xml")}"`);
  });
});

describe("publication: drafts and schedules", () => {
  const now = DateTime.fromISO("2026-03-01T12:00:00Z");

  it("publishes a date-only article from 00:00 of its day in the newsroom's zone (UTC)", () => {
    expect(statusOf({ draft: false, date: date("2026-03-01") }, now)).toBe("published");
    expect(statusOf({ draft: false, date: date("2026-03-02") }, now)).toBe("scheduled");
    expect(statusOf({ draft: false, date: date("2026-03-02") }, DateTime.fromISO("2026-03-01T23:59:59Z"))).toBe("scheduled");
    expect(statusOf({ draft: false, date: date("2026-03-02") }, DateTime.fromISO("2026-03-02T00:00:00Z"))).toBe("published");
  });

  it("publishes a timed article at its instant, whatever its offset", () => {
    expect(statusOf({ draft: false, date: date("2026-03-01T12:30:00+01:00") }, now)).toBe("published");
    expect(statusOf({ draft: false, date: date("2026-03-01T12:30:00Z") }, now)).toBe("scheduled");
    expect(statusOf({ draft: false, date: date("2026-03-01T07:00:00-05:00") }, now)).toBe("published");
    expect(statusOf({ draft: false, date: date("2026-03-01T07:01:00-05:00") }, now)).toBe("scheduled");
  });

  it("keeps a draft a draft, whatever its date", () => {
    expect(statusOf({ draft: true, date: date("2020-01-01") }, now)).toBe("draft");
  });

  it("takes now from SOURCE_DATE_EPOCH when set, refusing anything but whole seconds", () => {
    expect(buildNow({ SOURCE_DATE_EPOCH: "1772366400" }).toISO()).toBe("2026-03-01T12:00:00.000Z");
    expect(() => buildNow({ SOURCE_DATE_EPOCH: "yesterday" })).toThrow(/SOURCE_DATE_EPOCH/);
    expect(Math.abs(buildNow({}).toMillis() - Date.now())).toBeLessThan(5_000);
  });

  it("says how many are scheduled and when the next goes live", () => {
    expect(describeSchedule({ drafts: 0, scheduled: [] })).toBeUndefined();
    expect(describeSchedule({ drafts: 0, scheduled: [date("2026-03-03T09:00:00+01:00"), date("2026-03-05")] })).toBe(
      "2 scheduled articles; the next goes live on 3 March 2026 at 09:00 +01:00",
    );
    expect(describeSchedule({ drafts: 1, scheduled: [date("2026-03-05")] })).toBe("1 scheduled article; the next goes live on 5 March 2026 at 00:00 UTC; 1 draft left out");
  });

  it("leaves drafts and scheduled articles out of the model, counting them, unless previewing", () => {
    const records = [
      record("articles/pub.md", "title: Published\ndate: 2026-02-28"),
      record("articles/draft.md", "title: Draft\ndate: 2026-02-27\ndraft: true"),
      record("articles/sched.md", "title: Scheduled\ndate: 2026-03-03T09:00:00+01:00"),
    ];
    const built = buildArchive(records, [], { now });
    expect(built.articles.map((a) => a.title)).toEqual(["Published"]);
    expect(built.schedule.drafts).toBe(1);
    expect(built.schedule.scheduled.map((d) => d.written)).toEqual(["2026-03-03T09:00:00+01:00"]);
    expect(built.articles[0]!.newer).toBeUndefined();

    const preview = buildArchive(records, [], { now, preview: true });
    expect(preview.articles.map((a) => [a.title, a.status])).toEqual([
      ["Scheduled", "scheduled"],
      ["Published", "published"],
      ["Draft", "draft"],
    ]);
  });

  it("marks drafts and scheduled articles in the preview, on their page and in lists", () => {
    const preview = buildArchive(
      [record("articles/draft.md", "title: Draft\ndate: 2026-02-27\ndraft: true"), record("articles/sched.md", "title: Scheduled\ndate: 2026-03-03T09:00:00+01:00")],
      [],
      { now, preview: true },
    );
    const [scheduled, draft] = preview.articles;
    expect(articlePage(draft!)).toMatch(/<p class="status-banner" role="note"><strong>Draft — not published<\/strong><\/p>/);
    expect(articlePage(scheduled!)).toContain("<strong>Scheduled for 3 March 2026 at 09:00 +01:00</strong>");
    const list = articleList(preview.articles).value;
    expect(list).toContain('<p class="entry-status"><strong>Draft — not published</strong></p>');
    expect(list).toContain('<p class="entry-status"><strong>Scheduled for 3 March 2026 at 09:00 +01:00</strong></p>');
    const published = buildArchive([record("articles/pub.md", "title: Published\ndate: 2026-02-28")], [], { now });
    expect(articlePage(published.articles[0]!)).not.toContain("status-banner");
  });

  it("writes valid HTML for the preview's banner and marks (html-validate:recommended)", async () => {
    const preview = buildArchive([record("articles/draft.md", "title: Draft\ndate: 2026-02-27\ndraft: true\nbyline: A. Writer")], [], { now, preview: true });
    const validator = new HtmlValidate(new StaticConfigLoader({ extends: ["html-validate:recommended"] }));
    const page = articlePage(preview.articles[0]!);
    const list = `<!DOCTYPE html><html lang="en"><head><title>List</title></head><body><main>${articleList(preview.articles).value}</main></body></html>`;
    for (const [name, markup] of [["article", page], ["list", list]] as const) {
      const report = await validator.validateString(markup, name);
      expect(report.results.flatMap((r) => r.messages.map((m) => `${name}: ${m.ruleId}: ${m.message}`))).toEqual([]);
    }
  });
});
