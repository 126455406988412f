import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { comparableText } from "../../src/import/writer.ts";
import { parseArticle } from "../../src/model/content.ts";
import { parseDispatch, readDispatch, splitParagraphs } from "../../src/import/dispatch-text.ts";
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

describe("comparableText", () => {
  it("compares texts by their words, not their white space or markup", () => {
    expect(comparableText(["a  b\nc", "", "d"])).toBe(comparableText(["a b c", "d"]));
    expect(comparableText(paragraphTexts("*a* b c\n\nd"))).toBe(comparableText(["a b c", "d"]));
    expect(comparableText(["a b c"])).not.toBe(comparableText(["a b d"]));
  });
});
