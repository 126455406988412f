import { parseDocument } from "yaml";
import { z } from "zod";
import { parsePublicationDate, type PublicationDate } from "../_data/dates.ts";
import type { WrittenImage } from "../images/references.ts";
import type { Problem } from "./problems.ts";

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
  image?: WrittenImage;
}

export interface SplitSource {
  yaml: string;
  body: string;
  /** Line of the file where the YAML starts, for error messages. */
  yamlStartLine: number;
}

const FENCE = /^---[ \t]*$/;

/** Separates front matter from body; tolerates a byte-order mark and Windows line endings. */
export function splitFrontMatter(text: string): SplitSource | undefined {
  const lines = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").split("\n");
  if (!FENCE.test(lines[0] ?? "")) return undefined;
  const end = lines.findIndex((line, i) => i > 0 && (FENCE.test(line) || /^\.\.\.[ \t]*$/.test(line)));
  if (end < 0) return undefined;
  return { yaml: lines.slice(1, end).join("\n"), body: lines.slice(end + 1).join("\n"), yamlStartLine: 2 };
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

const tagName = z.union([z.string(), z.number()]).transform((v) => String(v).trim());

const schema = z.object({
  title: text("the headline").min(1, "the headline is empty"),
  date: dateField("the publication date"),
  tags: z
    .union([tagName.transform((t) => [t]), z.array(tagName)], {
      error: "tags must be a list of names, e.g. [Iran, Diplomacy]",
    })
    .refine((tags) => tags.every((t) => t.length > 0), "a tag is empty")
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
    .optional(),
  draft: z.boolean({ error: "draft must be true or false" }).optional(),
  image: leadImage.optional(),
});

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

export type FrontMatterResult = { ok: true; data: FrontMatter } | { ok: false; problems: Problem[] };

/** Parses and validates one article's front matter; every problem names the file and the field. */
export function parseFrontMatter(file: string, yaml: string, yamlStartLine: number): FrontMatterResult {
  // The core schema keeps 2026-02-26 a string: YAML 1.1 timestamps would become instants
  // in UTC and shift the date on machines west of Greenwich.
  const doc = parseDocument(yaml, { schema: "core", uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((error) => ({
        file,
        field: "front matter",
        message: `malformed YAML at line ${(error.linePos?.[0].line ?? 0) + yamlStartLine - 1}: ${error.message.split("\n")[0]}`,
      })),
    };
  }
  const raw: unknown = doc.toJS();
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    return { ok: false, problems: [{ file, field: "front matter", message: "must be a set of `key: value` lines" }] };
  }
  // An empty `summary:` means "none", not an error.
  const present = Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== null));
  const result = schema.safeParse(present);
  if (!result.success) {
    return {
      ok: false,
      problems: result.error.issues.map((issue) => ({
        file,
        field: String(issue.path[0] ?? "front matter"),
        message: issue.message,
      })),
    };
  }
  const { tags, draft, image, ...rest } = result.data;
  const data: FrontMatter = { ...rest, tags: tags ?? [], draft: draft ?? false };
  if (image) data.image = writtenImage(image);
  if (data.byline?.length === 0) delete data.byline;
  return { ok: true, data };
}
