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
