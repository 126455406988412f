import { describe, expect, it } from "vitest";
import { parseArticle, slugFor, directionOf, ledeOf } from "../../src/model/content.ts";

const file = "articles/2026/2026-02-26-example.md";

function problemsOf(text: string) {
  const result = parseArticle(file, text);
  return result.ok ? [] : result.problems;
}

describe("article front matter", () => {
  it("reads a complete article", () => {
    const result = parseArticle(
      file,
      "---\ntitle: Talks resume\ndate: 2026-02-26\ntags: [Iran, Diplomacy]\nsummary: They resumed.\nbyline: A. Writer\ndateline: Geneva\nlang: en-GB\nupdated: 2026-02-27T10:00:00+01:00\n---\n\nBody text.\n",
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.record).toMatchObject({
      title: "Talks resume",
      slug: "example",
      summary: "They resumed.",
      summaryIsLede: false,
      byline: ["A. Writer"],
      dateline: "Geneva",
      lang: "en-GB",
      dir: "ltr",
      writtenTags: ["Iran", "Diplomacy"],
      draft: false,
    });
    expect(result.record.date.day).toBe(26);
    expect(result.record.updated?.day).toBe(27);
  });

  it("tolerates a byte-order mark and Windows line endings", () => {
    const result = parseArticle(file, "\uFEFF---\r\ntitle: T\r\ndate: 2026-02-26\r\n---\r\nText.\r\n");
    expect(result.ok).toBe(true);
  });

  it("uses the lede as the summary when there is none", () => {
    const result = parseArticle(file, "---\ntitle: T\ndate: 2026-02-26\n---\n\nFirst *paragraph*\ncontinues.\n\nSecond.\n");
    expect(result.ok && result.record.summary).toBe("First paragraph continues.");
    expect(result.ok && result.record.summaryIsLede).toBe(true);
  });

  it.each([
    ["a missing title", "---\ndate: 2026-02-26\n---\nx", "title", /required/],
    ["an empty title", "---\ntitle: ''\ndate: 2026-02-26\n---\nx", "title", /empty/],
    ["a missing date", "---\ntitle: T\n---\nx", "date", /required/],
    ["an impossible date", "---\ntitle: T\ndate: 2026-02-30\n---\nx", "date", /not a real date/],
    ["a date with no offset", "---\ntitle: T\ndate: 2026-02-26T10:00:00\n---\nx", "date", /not a date/],
    ["a tag map", "---\ntitle: T\ndate: 2026-02-26\ntags: {a: 1}\n---\nx", "tags", /list of names/],
    ["a nested tag list", "---\ntitle: T\ndate: 2026-02-26\ntags: [[a]]\n---\nx", "tags", /list of names/],
    ["a non-boolean draft", "---\ntitle: T\ndate: 2026-02-26\ndraft: maybe\n---\nx", "draft", /true or false/],
    ["a bad language", "---\ntitle: T\ndate: 2026-02-26\nlang: not a language\n---\nx", "lang", /BCP 47/],
    ["malformed YAML", "---\ntitle: [unclosed\ndate: 2026-02-26\n---\nx", "front matter", /malformed YAML/],
    ["a duplicate key", "---\ntitle: A\ntitle: B\ndate: 2026-02-26\n---\nx", "front matter", /malformed YAML/],
    ["no front matter", "# Just markdown\n", "front matter", /missing/],
  ])("refuses %s, naming the field", (_name, text, field, message) => {
    const problems = problemsOf(text);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject({ file, field });
    expect(problems[0]?.message).toMatch(message);
  });

  it("keeps a written date a string, never a UTC instant", () => {
    const result = parseArticle(file, "---\ntitle: T\ndate: 2026-02-26\n---\n");
    expect(result.ok && result.record.date.written).toBe("2026-02-26");
  });
});

describe("slugs, languages and ledes", () => {
  it("takes the slug from the file name after its date", () => {
    expect(slugFor("articles/2026/2026-02-26-Geneva-Talks.md", "ignored")).toBe("geneva-talks");
    expect(slugFor("articles/2026/2026-02-26.md", "Talks in Genève")).toBe("talks-in-geneve");
  });

  it("transliterates a headline with no Latin letters", () => {
    expect(slugFor("articles/2026/2026-03-01.md", "گفت‌وگوهای ژنو")).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(slugFor("articles/x/!!!.md", "!!!")).toBe("article");
  });

  it("sets right-to-left for Persian and Arabic", () => {
    expect(directionOf("fa")).toBe("rtl");
    expect(directionOf("ar-EG")).toBe("rtl");
    expect(directionOf("he")).toBe("rtl");
    expect(directionOf("en")).toBe("ltr");
    expect(directionOf("az-Arab")).toBe("rtl");
  });

  it("reads only the first paragraph as the lede", () => {
    expect(ledeOf("\n\nOne two.\n\nThree.")).toBe("One two.");
  });
});

function only(text: string) {
  const problems = problemsOf(text);
  expect(problems).toHaveLength(1);
  return problems[0]!;
}

describe("front matter problems name the line of the file", () => {
  it("reports a YAML error on the line it is on, counting the opening ---", () => {
    expect(only("---\ntitle: T\ndate: 2026-02-26\nsummary: \"unclosed\n---\nx")).toMatchObject({ file, field: "front matter", line: 4 });
    expect(only("---\ntitle: T\ndate: 2026-02-26\ntags: [a\n---\nx").line).toBeGreaterThanOrEqual(4);
  });

  it("reports a field's problem on the line of its key", () => {
    expect(only("---\ntitle: T\n\ndate: 2026-02-30\n---\nx")).toMatchObject({ field: "date", line: 4 });
    expect(only("---\r\ntitle: ''\r\ndate: 2026-02-26\r\n---\r\nx")).toMatchObject({ field: "title", line: 2 });
  });
});

describe("hostile YAML", () => {
  const bomb = [
    "title: T",
    "date: 2026-02-26",
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
    ...["b", "c", "d", "e", "f", "g", "h", "i"].map((name, i) => `${name}: &${name} [${Array(9).fill(`*${"abcdefghi"[i]}`).join(",")}]`),
    "summary: *i",
  ].join("\n");

  it("refuses an alias bomb, naming the line", () => {
    const problems = problemsOf(`---\n${bomb}\n---\nx`);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems).toEqual([expect.objectContaining({ field: "c", line: 6, message: expect.stringMatching(/aliases/) })]);
  });

  it("still reads a harmless alias", () => {
    const result = parseArticle(file, "---\ntitle: &t Talks\nsummary: *t\ndate: 2026-02-26\n---\nx");
    expect(result.ok && result.record.summary).toBe("Talks");
  });

  it.each([
    ["flow lists", `summary: ${"[".repeat(20)}${"]".repeat(20)}`],
    ["block maps", `summary:\n${Array.from({ length: 20 }, (_, i) => `${"  ".repeat(i + 1)}k:`).join("\n")} v`],
    ["ten thousand brackets", `summary: ${"[".repeat(10_000)}${"]".repeat(10_000)}`],
  ])("refuses YAML nested too deeply (%s)", (_name, yaml) => {
    const problems = problemsOf(`---\ntitle: T\ndate: 2026-02-26\n${yaml}\n---\nx`);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject({ file, field: "front matter" });
    expect(problems[0]?.message).toMatch(/nested too deeply/);
  });
});

describe("unknown keys", () => {
  it.each([
    ["tag", "tags"],
    ["Title", "title"],
    ["sumary", "summary"],
    ["dat", "date"],
    ["corection", "corrections"],
    ["drafts", "draft"],
  ])("refuses `%s`, suggesting `%s`", (key, suggestion) => {
    const problem = only(`---\ntitle: T\ndate: 2026-02-26\n${key}: [Iran]\n---\nx`);
    expect(problem).toMatchObject({ file, field: key, line: 4 });
    expect(problem.message).toContain(`\`${suggestion}\``);
  });

  it("accepts every key of the contract, and the importer's `review`", () => {
    const result = parseArticle(
      file,
      "---\ntitle: T\ndate: 2026-02-26\ntags: [a]\nsummary: s\nbyline: B\nsource: S\ndateline: D\nupdated: 2026-02-27\nlang: en\ndraft: false\nreview: check\nimage: {src: a.jpg, alt: A}\ncorrections: []\naliases: [/old/]\n---\nx",
    );
    expect(result.ok).toBe(true);
  });
});

describe("text is kept as written", () => {
  it("keeps tags that look like numbers exactly as written", () => {
    const result = parseArticle(file, "---\ntitle: T\ndate: 2026-02-26\ntags: [2026, 3.10, 007, 1e3, true, 0x1F]\n---\nx");
    expect(result.ok && result.record.writtenTags).toEqual(["2026", "3.10", "007", "1e3", "true", "0x1F"]);
  });

  it("keeps a headline, summary and byline that look like numbers", () => {
    const result = parseArticle(file, "---\ntitle: 1984\nsummary: 3.10\nbyline: [007]\ndateline: .inf\ndate: 2026-02-26\n---\nx");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect([result.record.title, result.record.summary, result.record.byline, result.record.dateline]).toEqual(["1984", "3.10", ["007"], ".inf"]);
  });
});

describe("control characters", () => {
  it.each([
    ["NUL in a title", '---\ntitle: "a\\0b"\ndate: 2026-02-26\n---\nx', "title", 2],
    ["BEL in a summary", '---\ntitle: T\ndate: 2026-02-26\nsummary: "ring \\a"\n---\nx', "summary", 4],
    ["ESC in a tag", '---\ntitle: T\ndate: 2026-02-26\ntags: ["\\e[31m"]\n---\nx', "tags", 4],
    ["a raw C1 control in a dateline", "---\ntitle: T\ndate: 2026-02-26\ndateline: Gen\u0085eva\n---\nx", "dateline", 4],
    ["NUL in the body", "---\ntitle: T\ndate: 2026-02-26\n---\n\nFirst.\n\nSec\u0000ond.\n", "body", 8],
  ])("refuses %s, naming the field and line", (_name, text, field, line) => {
    const problem = only(text);
    expect(problem).toMatchObject({ file, field, line });
    expect(problem.message).toMatch(/control character/);
  });

  it("keeps tabs and line breaks in the body", () => {
    expect(parseArticle(file, "---\ntitle: T\ndate: 2026-02-26\n---\n\n\tcode\r\n\nText.\n").ok).toBe(true);
  });
});

describe("limits that keep every file name writable", () => {
  const words = "Officials from both countries met again on Thursday in Geneva to discuss the remaining questions of sanctions relief and enrichment limits under the proposed framework agreement today".split(" ");

  it("cuts a slug drawn from a long headline at a word, to at most 80 characters", () => {
    const slug = slugFor("articles/2026/2026-02-26.md", words.join(" "));
    expect(words.length).toBe(27);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(/^officials-from-both-countries-.*[a-z]$/);
    expect(words.map((w) => w.toLowerCase())).toContain(slug.split("-").at(-1));
  });

  it("refuses a file name whose slug is longer than 100 characters", () => {
    const long = `articles/2026/2026-02-26-${"a-".repeat(60)}end.md`;
    const result = parseArticle(long, "---\ntitle: T\ndate: 2026-02-26\n---\nx");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ file: long, field: "file name" });
  });

  it("refuses a tag name longer than 100 characters", () => {
    const problem = only(`---\ntitle: T\ndate: 2026-02-26\ntags: [Iran, ${"x".repeat(300)}]\n---\nx`);
    expect(problem).toMatchObject({ field: "tags", line: 4 });
    expect(problem.message).toMatch(/300 characters.*at most 100/);
  });

  it("accepts 50 tags and refuses 51", () => {
    const tags = (n: number) => Array.from({ length: n }, (_, i) => `t${i}`).join(", ");
    expect(parseArticle(file, `---\ntitle: T\ndate: 2026-02-26\ntags: [${tags(50)}]\n---\nx`).ok).toBe(true);
    expect(only(`---\ntitle: T\ndate: 2026-02-26\ntags: [${tags(51)}]\n---\nx`).message).toMatch(/51 tags; .*at most 50/);
  });
});

describe("languages and calendars", () => {
  it.each([
    ["fa-u-ca-persian", /persian calendar.*Gregorian.*lang: fa$/],
    ["th-TH-u-ca-buddhist", /buddhist calendar.*lang: th-TH$/],
    ["ar-u-nu-latn", /latn digits.*lang: ar$/],
  ])("refuses lang %s, saying which tag to write", (lang, message) => {
    const problem = only(`---\ntitle: T\ndate: 2026-02-26\nlang: ${lang}\n---\nx`);
    expect(problem).toMatchObject({ field: "lang", line: 4 });
    expect(problem.message).toMatch(message);
  });
});
