import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { articlePath, articleSource, comparableText, MAX_SLUG_LENGTH, REVIEW_NOTE, slugForTitle } from "../../src/import/article-source.ts";
import { parseArticle } from "../../src/model/content.ts";
import { drawHeadline, firstSentence, parseDispatch, readDispatch, splitParagraphs } from "../../src/import/dispatch.ts";
import { paragraphTexts } from "../../src/model/markdown.ts";
import { FIXTURES, seedDispatch } from "../helpers/build.ts";

const bytes = (text: string) => new TextEncoder().encode(text);

function parsed(text: string) {
  const result = parseDispatch(text);
  if (!result.ok) throw new Error(`expected a dispatch, got: ${result.error}`);
  return result.dispatch;
}

function refusal(input: string | Uint8Array): string {
  const result = typeof input === "string" ? parseDispatch(input) : readDispatch(input);
  if (result.ok) throw new Error("expected the dispatch to be refused");
  return result.error;
}

describe("parseDispatch", () => {
  it("reads the seed: its date and every paragraph, as the contract splits them", async () => {
    const text = await readFile(path.join(FIXTURES, "000_d2ddb5cc995b7ec3.txt"), "utf8");
    const dispatch = parsed(text);
    const seed = await seedDispatch();
    expect(dispatch.date.written).toBe("2026-02-26");
    expect(dispatch.date.hasTime).toBe(false);
    expect(dispatch.paragraphs).toEqual(seed.paragraphs);
    expect(dispatch.paragraphs[0]).toMatch(/^Indirect negotiations between the United States and Iran/);
    expect(dispatch.paragraphs.length).toBeGreaterThan(10);
  });

  it("accepts the date on its own line, a colon, capitals and leading blank lines", () => {
    for (const header of ["date 2026-02-26\n", "\n\n  date 2026-02-26\n\n", "Date: 2026-02-26\n", "\tDATE\t2026-02-26 "]) {
      const dispatch = parsed(`${header}First paragraph.\n\nSecond one.`);
      expect(dispatch.date.written).toBe("2026-02-26");
      expect(dispatch.paragraphs).toEqual(["First paragraph.", "Second one."]);
    }
  });

  it("accepts a full ISO time with offset, keeping the written day", () => {
    const dispatch = parsed("date 2025-12-31T23:30:00-08:00\nLate news.");
    expect([dispatch.date.year, dispatch.date.month, dispatch.date.day]).toEqual([2025, 12, 31]);
    expect(dispatch.date.hasTime).toBe(true);
  });

  it("tolerates Windows line endings and a byte-order mark", () => {
    const dispatch = readDispatch(bytes("\uFEFFdate 2026-03-01\r\nOne line\r\nsame paragraph.\r\n\r\nAnother.\r\n"));
    expect(dispatch.ok && dispatch.dispatch.paragraphs).toEqual(["One line\nsame paragraph.", "Another."]);
    expect(parsed("date 2026-03-01\rOld Mac.\r\rSecond.").paragraphs).toEqual(["Old Mac.", "Second."]);
  });

  it("keeps every character of the text; only spaces and tabs at line ends go", () => {
    const dispatch = parsed("date 2026-02-26\n  *Not* emphasis,  [1] & <b>  \n\t# not a heading\n\n   \n\n  1. not a list\n \u00a0 \n\nlast");
    expect(dispatch.paragraphs).toEqual(["*Not* emphasis,  [1] & <b>\n# not a heading", "1. not a list", "last"]);
  });

  it("refuses a file with no date line", () => {
    expect(refusal("Indirect negotiations between the United States and Iran.")).toMatch(/no date line/);
    expect(refusal("dateline Geneva 2026-02-26 Talks.")).toMatch(/no date line/);
    expect(refusal("Talks in Geneva.\n\ndate 2026-02-26")).toMatch(/no date line/);
    expect(refusal("")).toMatch(/no date line/);
  });

  it("refuses a date that is not a date, or not a real day", () => {
    expect(refusal("date 2026-02-30 Text.")).toMatch(/bad date line.*"2026-02-30" is not a real date/);
    expect(refusal("date 2026-13-01 Text.")).toMatch(/not a real date/);
    expect(refusal("date 26/02/2026 Text.")).toMatch(/"26\/02\/2026" is not a date/);
    expect(refusal("date\n\nText.")).toMatch(/"Text\." is not a date/);
    expect(refusal("date")).toMatch(/no date after it/);
  });

  it("refuses a dispatch with no text", () => {
    expect(refusal("date 2026-02-26")).toMatch(/no text/);
    expect(refusal("  date 2026-02-26 \r\n\r\n \t \n")).toMatch(/no text/);
  });

  it("refuses bytes that are not UTF-8, and NUL bytes", () => {
    const latin1 = Uint8Array.from([...bytes("date 2026-02-26 Gen"), 0xe8, ...bytes("ve talks.")]);
    expect(refusal(latin1)).toMatch(/not UTF-8/);
    const utf16 = Uint8Array.from([0xff, 0xfe, ...[..."date 2026-02-26 x"].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(refusal(utf16)).toMatch(/not UTF-8/);
    expect(refusal(bytes("date 2026-02-26 a\0b"))).toMatch(/NUL/);
  });
});

describe("splitParagraphs", () => {
  it("splits on lines holding only white space", () => {
    expect(splitParagraphs("a\nb\n \t\nc\n\n\n\nd")).toEqual(["a\nb", "c", "d"]);
  });
});

describe("headlines and summaries from the lede", () => {
  it("takes the first sentence, without breaking at abbreviations", () => {
    expect(firstSentence("U.S. envoys met in Geneva. They left at noon.")).toBe("U.S. envoys met in Geneva.");
  });

  it("draws a short first sentence whole, without its full stop", () => {
    expect(drawHeadline("Oman says talks made progress. More follows.")).toBe("Oman says talks made progress");
  });

  it("cuts a long sentence at its first clause", async () => {
    const seed = await seedDispatch();
    expect(drawHeadline(seed.paragraphs[0]!)).toBe("Indirect negotiations between the United States and Iran wrapped up in Geneva on Thursday");
  });

  it("cuts a long sentence with no clause at a word, and marks the cut", () => {
    const words = Array.from({ length: 30 }, (_, i) => `word${i}`).join(" ");
    const headline = drawHeadline(words);
    expect(headline.endsWith("…")).toBe(true);
    expect(headline.split(" ")).toHaveLength(16);
  });
});

describe("articleSource", () => {
  const date = parsed("date 2026-02-26 x").date;
  const paragraphs = ['She said: "yes" --- *really*', "# 1. [link](javascript:alert(1)) <script>alert(1)</script> &amp;"];

  it("writes valid front matter that reads back exactly, quoting what YAML would misread", () => {
    for (const title of ['Talks: "progress" # not a comment', "- a list?", "null", "2026-02-26", "yes", "{{ title }}", "'quoted'", "tab\tand é"]) {
      const source = articleSource({ title, titleDrawn: false, date, summary: "A: b # c", tags: ["Iran", "- odd: tag"], paragraphs });
      const result = parseArticle("articles/2026/2026-02-26-x.md", source);
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
      expect(result.record.title).toBe(title);
      expect(result.record.summary).toBe("A: b # c");
      expect(result.record.writtenTags).toEqual(["Iran", "- odd: tag"]);
      expect(result.record.date.written).toBe("2026-02-26");
      expect(paragraphTexts(result.record.body)).toEqual(paragraphs);
      expect(source).not.toContain("review:");
    }
  });

  it("marks a drawn headline for review, in a key the article schema ignores", () => {
    const source = articleSource({ title: "Drawn", titleDrawn: true, date, summary: "s", tags: [], paragraphs: ["p"] });
    expect(source).toContain(`review: ${REVIEW_NOTE}`);
    expect(source).not.toContain("tags:");
    expect(parseArticle("articles/2026/2026-02-26-drawn.md", source).ok).toBe(true);
  });

  it("names the file by date and a slug from the headline", () => {
    expect(articlePath(date, slugForTitle("US and Iran end Geneva round with “significant progress”, Oman says"))).toBe(
      "2026/2026-02-26-us-and-iran-end-geneva-round-with-significant-progress-oman-says.md",
    );
    expect(slugForTitle("!!!")).toBe("dispatch");
    const long = slugForTitle("word ".repeat(60));
    expect(long.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(long).toMatch(/^word(-word)*$/);
  });

  it("compares texts by their words, not their white space or markup", () => {
    expect(comparableText(["a  b\nc", "", "d"])).toBe(comparableText(["a b c", "d"]));
    expect(comparableText(paragraphTexts("*a* b c\n\nd"))).toBe(comparableText(["a b c", "d"]));
    expect(comparableText(["a b c"])).not.toBe(comparableText(["a b d"]));
  });
});
