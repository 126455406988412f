import { z } from "zod";
import { parsePublicationDate, type PublicationDate } from "../_data/dates.ts";
import type { WrittenImage } from "../images/references.ts";
import { closest } from "./closest.ts";
import { controlInField, describeControl } from "./control-characters.ts";
import { readFrontMatterYaml } from "./front-matter-yaml.ts";
import type { Problem } from "./problems.ts";
import { MAX_SLUG_LENGTH } from "./slug.ts";
import { aliasesField, checkCorrectionDates, correctionsField, type Correction } from "./newsroom-fields.ts";

/** The article source format of CONTRACT.md: YAML front matter between `---` lines, then Markdown. */
export interface FrontMatter {
  title: string;
  date: PublicationDate;
  tags: string[];
  summary?: string;
  byline?: string[];
  source?: string;
  dateline?: string;
  updated?: PublicationDate;
  lang?: string;
  draft: boolean;
  /** The importer's note that an editor still has to look (a drawn headline…); not published. */
  review?: string;
  image?: WrittenImage;
  corrections: Correction[];
  aliases: string[];
}

export interface SplitSource {
  yaml: string;
  body: string;
  /** Line of the file where the YAML starts, for error messages. */
  yamlStartLine: number;
  /** Line of the file where the body starts. */
  bodyStartLine: number;
}

const FENCE = /^---[ \t]*$/;

/** Separates front matter from body; tolerates a byte-order mark and Windows line endings. */
export function splitFrontMatter(text: string): SplitSource | undefined {
  const lines = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").split("\n");
  if (!FENCE.test(lines[0] ?? "")) return undefined;
  const end = lines.findIndex((line, i) => i > 0 && (FENCE.test(line) || /^\.\.\.[ \t]*$/.test(line)));
  if (end < 0) return undefined;
  return { yaml: lines.slice(1, end).join("\n"), body: lines.slice(end + 1).join("\n"), yamlStartLine: 2, bodyStartLine: end + 2 };
}

const text = (what: string) =>
  z.string({ error: (issue) => (issue.input === undefined ? `${what} is required` : `${what} must be text`) }).trim();

const dateField = (what: string) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined ? `${what} is required (YYYY-MM-DD)` : `${what} must be written YYYY-MM-DD or as a full ISO 8601 time with offset`,
    })
    .transform((value, ctx) => {
      const parsed = parsePublicationDate(value);
      if (!parsed.ok) {
        ctx.addIssue({ code: "custom", message: parsed.error });
        return z.NEVER;
      }
      return parsed.date;
    });

/**
 * Most tags an article may have. Enough for any story (the seed has 20); above it a list is
 * a mistake or an attack, and every tag is one more page and feed the article appears on.
 */
export const MAX_TAGS = 50;

/** A tag name becomes a URL slug, and so a folder name: see MAX_SLUG_LENGTH. */
const tagName = z
  .string({ error: "tags must be a list of names, e.g. [Iran, Diplomacy]" })
  .transform((v) => v.trim())
  .superRefine((t, ctx) => {
    if (t.length > MAX_SLUG_LENGTH) {
      ctx.addIssue({ code: "custom", message: `"${t.slice(0, 40)}…" is ${t.length} characters long; a tag name may have at most ${MAX_SLUG_LENGTH}` });
    }
  });

/** Caption and credit are plain text: published as written, escaped, never Markdown. */
const imageText = (what: string) =>
  text(what)
    .nullish()
    .transform((value) => value || undefined);

const leadImage = z
  .object(
    {
      src: text("src").min(1, "src is empty: write the image's file name, e.g. photo.jpg"),
      alt: z
        .string({
          error: (issue) =>
            issue.input === undefined || issue.input === null
              ? "alt is required: describe what the image shows, for readers who cannot see it"
              : "alt must be text",
        })
        .trim()
        .min(1, "alt is empty: describe what the image shows, for readers who cannot see it"),
      caption: imageText("caption"),
      credit: imageText("credit"),
    },
    {
      error: (issue) =>
        issue.code === "unrecognized_keys"
          ? `unknown key ${issue.keys.join(", ")}: an image has src, alt, caption and credit`
          : "image must be src, alt, caption and credit, e.g. image: { src: photo.jpg, alt: A crowd outside the hall }",
    },
  )
  .strict();


const schema = z.object({
  title: text("the headline").min(1, "the headline is empty"),
  date: dateField("the publication date"),
  tags: z
    .union([tagName.transform((t) => [t]), z.array(tagName)], {
      error: "tags must be a list of names, e.g. [Iran, Diplomacy]",
    })
    .refine((tags) => tags.every((t) => t.length > 0), "a tag is empty")
    .superRefine((tags, ctx) => {
      if (tags.length > MAX_TAGS) ctx.addIssue({ code: "custom", message: `${tags.length} tags; an article may have at most ${MAX_TAGS}` });
    })
    .optional(),
  summary: text("the summary").optional(),
  byline: z
    .union([z.string().transform((s) => [s.trim()]), z.array(z.string().trim())], {
      error: "byline must be a name or a list of names",
    })
    .optional(),
  source: text("source").optional(),
  dateline: text("dateline").optional(),
  updated: dateField("the update date").optional(),
  lang: text("lang")
    .refine((value) => isLanguageTag(value), "lang must be a BCP 47 language tag such as en, fa or pt-BR")
    .superRefine((value, ctx) => {
      const asked = calendarOrDigitsOf(value);
      if (asked) ctx.addIssue({ code: "custom", message: asked });
    })
    .optional(),
  draft: z.boolean({ error: "draft must be true or false" }).optional(),
  // Written by the importer for an editor to read and delete; not published.
  review: z.string().optional(),
  image: leadImage.optional(),
  corrections: correctionsField,
  aliases: aliasesField,
});

/** Every key a front matter may have, in the order the README lists them. */
export const KNOWN_KEYS: readonly string[] = Object.keys(schema.shape);

/** Keys whose values, or whose list items, are text: a plain `title: 2026` is the text "2026". */
const TEXT_KEYS: ReadonlySet<string> = new Set(["title", "date", "tags", "summary", "byline", "source", "dateline", "updated", "lang", "review"]);


function writtenImage(image: z.infer<typeof leadImage>): WrittenImage {
  const written: WrittenImage = { src: image.src, alt: image.alt };
  if (image.caption) written.caption = image.caption;
  if (image.credit) written.credit = image.credit;
  return written;
}

function isLanguageTag(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

/**
 * The README promises every date in the Gregorian calendar, in the language's own digits:
 * a tag asking for another calendar (fa-u-ca-persian) or other digits (fa-u-nu-latn)
 * would silently break that promise, so it is refused with the tag to write instead.
 */
function calendarOrDigitsOf(value: string): string | undefined {
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(value);
  } catch {
    return undefined;
  }
  const plain = locale.baseName;
  if (locale.calendar) return `"${value}" asks for the ${locale.calendar} calendar; dates are always shown in the Gregorian calendar, so write lang: ${plain}`;
  if (locale.numberingSystem) return `"${value}" asks for ${locale.numberingSystem} digits; dates are shown in the language's own digits, so write lang: ${plain}`;
  return undefined;
}

export type FrontMatterResult = { ok: true; data: FrontMatter } | { ok: false; problems: Problem[] };

/** Parses and validates one article's front matter; every problem names the file, the line and the field. */
export function parseFrontMatter(file: string, yaml: string, yamlStartLine: number): FrontMatterResult {
  const read = readFrontMatterYaml(file, yaml, yamlStartLine, TEXT_KEYS);
  if (!read.ok) return read;
  const { values, lineOf } = read;
  const at = (field: string): Problem => ({ file, line: lineOf[field] ?? yamlStartLine, field, message: "" });

  const problems: Problem[] = [];
  for (const key of Object.keys(values)) {
    if (KNOWN_KEYS.includes(key)) continue;
    const { candidate, distance } = closest(key, KNOWN_KEYS);
    const near = distance <= Math.max(2, Math.floor(key.length / 3));
    problems.push({
      ...at(key),
      message: near
        ? `unknown key; did you mean \`${candidate}\`?`
        : `unknown key; the closest known key is \`${candidate}\` (known keys: ${KNOWN_KEYS.join(", ")})`,
    });
  }
  for (const [key, value] of Object.entries(values)) {
    if (!TEXT_KEYS.has(key)) continue;
    const control = (Array.isArray(value) ? value : [value]).map((v) => (typeof v === "string" ? controlInField(v) : undefined)).find(Boolean);
    if (control) problems.push({ ...at(key), message: `contains the control character ${describeControl(control)}; remove it` });
  }
  const result = schema.safeParse(values);
  if (!result.success) {
    const reported = new Set(problems.map((p) => p.field));
    for (const issue of result.error.issues) {
      const field = typeof issue.path[0] === "string" ? issue.path[0] : "front matter";
      // One line per problem: a field refused for its control characters is not refused again.
      if (!reported.has(field)) problems.push({ ...at(field), message: issue.message });
    }
  }
  if (problems.length || !result.success) return { ok: false, problems: problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
  const { tags, draft, image, corrections, aliases, ...rest } = result.data;
  const data: FrontMatter = { ...rest, tags: tags ?? [], draft: draft ?? false, corrections: corrections ?? [], aliases: aliases ?? [] };
  if (image) data.image = writtenImage(image);
  const misdated = checkCorrectionDates(data.date, data.corrections);
  if (misdated.length > 0) return { ok: false, problems: misdated.map((message) => ({ ...at("corrections"), message })) };
  if (data.byline?.length === 0) delete data.byline;
  return { ok: true, data };
}
