/**
 * The shapes of the front-matter keys a newsroom needs beyond the story itself:
 * `corrections` and `aliases` (see CONTRACT.md). Kept apart from frontmatter.ts so the
 * general schema stays short; frontmatter.ts plugs these in and checks the corrections'
 * dates against the publication date (`checkCorrectionDates`).
 */
import { z } from "zod";
import { isoDay, parsePublicationDate, type PublicationDate } from "../_data/dates.ts";

export interface Correction {
  date: PublicationDate;
  /** Markdown, exactly as written; rendered like the body, never run through a template engine. */
  text: string;
}

const correctionDate = z
  .union([z.string(), z.undefined(), z.null()])
  .transform((value, ctx) => {
    if (value === undefined || value === null || value.trim() === "") {
      ctx.addIssue({ code: "custom", message: "each correction needs a date (YYYY-MM-DD or a full ISO 8601 time with offset)" });
      return z.NEVER;
    }
    const parsed = parsePublicationDate(value);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: `a correction's date: ${parsed.error}` });
      return z.NEVER;
    }
    return parsed.date;
  });

const correctionText = z
  .union([z.string(), z.undefined(), z.null()])
  .transform((value, ctx) => {
    if (value === undefined || value === null || value.trim() === "") {
      ctx.addIssue({ code: "custom", message: "each correction needs its text: what was wrong and what is right" });
      return z.NEVER;
    }
    // Kept as written: only the surrounding blank lines of a YAML block scalar go.
    return value.replace(/^\s*\n|\s+$/g, "");
  });

export const correctionsField = z
  .array(
    z.object({ date: correctionDate, text: correctionText }, { error: "each correction must be written `- date: YYYY-MM-DD` and `text: …`" }).strict(),
    { error: "corrections must be a list of `{ date, text }` entries" },
  )
  .optional();

/**
 * What an alias may be: a root-relative path of the site as it was (`/2026/02/26/old-slug/`,
 * `/old/page.html`). Anything a browser would read differently from the file it names is
 * refused: a query or fragment (the server never sees them), `..` or `.` segments, empty
 * segments, backslashes, control characters, and percent escapes that do not decode.
 */
export function aliasProblem(alias: string): string | undefined {
  if (!alias.startsWith("/") || alias.startsWith("//")) return `"${alias}" must be root-relative, starting with one "/" (e.g. /2026/02/26/old-slug/)`;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f]/.test(alias)) return `"${escapeControls(alias)}" contains a control character`;
  if (/[?#]/.test(alias)) return `"${alias}" has a query or fragment; an alias is a path only`;
  if (alias.includes("\\")) return `"${alias}" contains a backslash`;
  let decoded: string;
  try {
    decoded = decodeURIComponent(alias);
  } catch {
    return `"${alias}" has a malformed percent escape`;
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f\\?#]/.test(decoded)) return `"${alias}" decodes to a control character, backslash, query or fragment`;
  const segments = decoded.split("/").slice(1);
  if (segments.some((segment) => segment === ".." || segment === ".")) return `"${alias}" contains a "." or ".." segment`;
  if (segments.slice(0, -1).some((segment) => segment === "")) return `"${alias}" contains an empty segment ("//")`;
  if (decoded === "/") return `"/" is the home page, not a former URL of an article`;
  return undefined;
}

function escapeControls(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

export const aliasesField = z
  .union([z.string().transform((s) => [s]), z.array(z.string({ error: "each alias must be a path such as /2026/02/26/old-slug/" })).transform((list) => list)], {
    error: "aliases must be a list of former paths, e.g. [/2026/02/26/old-slug/]",
  })
  .superRefine((aliases, ctx) => {
    for (const alias of aliases) {
      const problem = aliasProblem(alias);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }
  })
  .optional();

/**
 * A correction is made after publication, never before. A date-only value on either side
 * is compared by calendar day (a correction written 2026-02-26 to a story published that
 * evening is the same day); two full times are compared as instants.
 */
export function checkCorrectionDates(published: PublicationDate, corrections: readonly Correction[]): string[] {
  const problems: string[] = [];
  for (const correction of corrections) {
    const before =
      published.hasTime && correction.date.hasTime
        ? correction.date.dateTime.toMillis() < published.dateTime.toMillis()
        : isoDay(correction.date) < isoDay(published);
    if (before) problems.push(`the correction dated ${correction.date.written} is earlier than the article's date ${published.written}`);
  }
  return problems;
}
