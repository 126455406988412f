import { parsePublicationDate, type PublicationDate } from "../_data/dates.ts";

/**
 * The plain-text dispatch of CONTRACT.md (the seed's own format): optional white space,
 * the word `date`, an ISO date, then the story's text, paragraphs separated by blank lines.
 */
export interface Dispatch {
  date: PublicationDate;
  /**
   * The text, one entry per paragraph. Each paragraph is trimmed and each of its lines
   * loses the spaces and tabs at its ends, which is all Markdown would drop anyway;
   * every other character is kept as written.
   */
  paragraphs: string[];
}

export type DispatchResult = { ok: true; dispatch: Dispatch } | { ok: false; error: string };

const HEADER = /^\s*date\b[ \t]*:?/i;

/** Strict UTF-8: a dispatch in another encoding would be published as mojibake, so it is refused. */
export function decodeDispatch(bytes: Uint8Array): { ok: true; text: string } | { ok: false; error: string } {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, error: "is not UTF-8 text; save it as UTF-8 and import it again" };
  }
  if (text.includes("\0")) return { ok: false, error: "contains NUL bytes, so it is not a text file" };
  return { ok: true, text };
}

/** Decodes and parses a dispatch file's bytes. */
export function readDispatch(bytes: Uint8Array): DispatchResult {
  const decoded = decodeDispatch(bytes);
  return decoded.ok ? parseDispatch(decoded.text) : decoded;
}

/** Parses a dispatch's text; a byte-order mark and Windows or old Mac line endings are fine. */
export function parseDispatch(written: string): DispatchResult {
  const text = written.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const header = HEADER.exec(text);
  if (!header) return { ok: false, error: "has no date line: start it with the word `date` and the date, e.g. `date 2026-02-26`" };
  const rest = text.slice(header[0].length);
  const token = /^\s*(\S*)/.exec(rest);
  const dateText = token?.[1] ?? "";
  if (!dateText) return { ok: false, error: "has the word `date` but no date after it; write e.g. `date 2026-02-26`" };
  const parsed = parsePublicationDate(dateText);
  if (!parsed.ok) return { ok: false, error: `has a bad date line: ${parsed.error}` };
  const paragraphs = splitParagraphs(rest.slice(token![0].length));
  if (paragraphs.length === 0) return { ok: false, error: `has a date (${dateText}) but no text after it` };
  return { ok: true, dispatch: { date: parsed.date, paragraphs } };
}

/** Paragraphs are separated by lines that hold nothing but white space. */
export function splitParagraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) =>
      paragraph
        .trim()
        .split("\n")
        .map((line) => line.replace(/^[ \t]+|[ \t]+$/g, ""))
        .join("\n"),
    )
    .filter((paragraph) => paragraph.length > 0);
}
