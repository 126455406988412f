import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { PublicationDate } from "../_data/dates.ts";
import { site } from "../_data/site.ts";
import { parseFrontMatter, splitFrontMatter, type FrontMatter } from "./frontmatter.ts";
import { countWords, paragraphTexts } from "./markdown.ts";
import type { Problem } from "./problems.ts";
import { toSlug } from "./slug.ts";

/** One article as its source says it, validated; tags are still as written. */
export interface ArticleRecord {
  /** Path from the project root, with forward slashes: articles/2026/2026-02-26-slug.md */
  sourcePath: string;
  slug: string;
  title: string;
  /** The summary as written, or the lede when there is none. */
  summary: string;
  summaryIsLede: boolean;
  date: PublicationDate;
  updated?: PublicationDate;
  byline?: string[];
  source?: string;
  dateline?: string;
  lang: string;
  dir: "ltr" | "rtl";
  writtenTags: string[];
  /** The Markdown body exactly as written. */
  body: string;
  wordCount: number;
  readingMinutes: number;
  draft: boolean;
}

export const WORDS_PER_MINUTE = 230;

const RTL_SCRIPTS = new Set(["Arab", "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm", "Rohg", "Mand", "Samr"]);

/** Text direction of a language, from its likely script: fa and ar are right to left. */
export function directionOf(lang: string): "ltr" | "rtl" {
  try {
    const script = new Intl.Locale(lang).maximize().script;
    return script && RTL_SCRIPTS.has(script) ? "rtl" : "ltr";
  } catch {
    return "ltr";
  }
}

/** The slug is the file's name after its date (2026-02-26-geneva-talks.md), else the headline's. */
export function slugFor(sourcePath: string, title: string): string {
  const name = path.posix.basename(sourcePath, path.posix.extname(sourcePath)).replace(/^\d{4}-\d{2}-\d{2}-?/, "");
  return toSlug(name) || toSlug(title) || "article";
}

/** The first paragraph as plain text; only the first block is parsed, since bodies can be long. */
export function ledeOf(body: string): string {
  const firstBlock = body.trim().split(/\n[ \t]*\n/)[0] ?? "";
  return paragraphTexts(firstBlock)[0] ?? "";
}

export type RecordResult = { ok: true; record: ArticleRecord } | { ok: false; problems: Problem[] };

export function parseArticle(sourcePath: string, text: string): RecordResult {
  const split = splitFrontMatter(text);
  if (!split) {
    return {
      ok: false,
      problems: [{ file: sourcePath, field: "front matter", message: "missing: start the file with a line `---`, then `title:` and `date:`, then `---`" }],
    };
  }
  const parsed = parseFrontMatter(sourcePath, split.yaml, split.yamlStartLine);
  if (!parsed.ok) return parsed;
  return { ok: true, record: toRecord(sourcePath, parsed.data, split.body) };
}

function toRecord(sourcePath: string, front: FrontMatter, body: string): ArticleRecord {
  const lang = front.lang ?? site.language;
  const wordCount = countWords(body);
  const lede = front.summary ? "" : ledeOf(body);
  const record: ArticleRecord = {
    sourcePath,
    slug: slugFor(sourcePath, front.title),
    title: front.title,
    summary: front.summary ?? lede,
    summaryIsLede: !front.summary,
    date: front.date,
    lang,
    dir: directionOf(lang),
    writtenTags: front.tags,
    body,
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
    draft: front.draft,
  };
  if (front.updated) record.updated = front.updated;
  if (front.byline) record.byline = front.byline;
  if (front.source) record.source = front.source;
  if (front.dateline) record.dateline = front.dateline;
  return record;
}

/** Every `*.md` under a folder, as paths relative to `root`, in a stable order. */
export async function findArticleFiles(dir: string, root: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".md") && !entry.name.startsWith("."))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}

export interface LoadedArticles {
  records: ArticleRecord[];
  problems: Problem[];
}

/** Reads and validates every article; problems are collected, not thrown, so all are reported at once. */
export async function loadArticleRecords(dir: string, root: string): Promise<LoadedArticles> {
  const files = await findArticleFiles(dir, root);
  const records: ArticleRecord[] = [];
  const problems: Problem[] = [];
  const decoder = new TextDecoder("utf-8", { fatal: true });
  await Promise.all(
    files.map(async (file, index) => {
      let text: string;
      try {
        text = decoder.decode(await readFile(path.join(root, file)));
      } catch {
        problems.push({ file, message: "is not valid UTF-8 text; save it as UTF-8" });
        return;
      }
      const result = parseArticle(file, text);
      if (result.ok) records[index] = result.record;
      else problems.push(...result.problems);
    }),
  );
  return { records: records.filter((r): r is ArticleRecord => r !== undefined && !r.draft), problems };
}
