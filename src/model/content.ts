import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { PublicationDate } from "../_data/dates.ts";
import { forEachConcurrently } from "../util/concurrency.ts";
import type { WrittenImage } from "../images/references.ts";
import { scanArticleFolder } from "./article-files.ts";
import { site } from "../_data/site.ts";
import { parseFrontMatter, splitFrontMatter, type FrontMatter } from "./frontmatter.ts";
import { countWords, paragraphTexts, referenceDefinitions, textBeforeMore } from "./markdown.ts";
import type { Problem } from "./problems.ts";
import { controlInBody, describeControl } from "./control-characters.ts";
import { HEADLINE_SLUG_LENGTH, MAX_SLUG_LENGTH, toSlug, truncateSlug } from "./slug.ts";
import type { Correction } from "./newsroom-fields.ts";

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
  /** Why the importer wants an editor to look (e.g. a drawn headline); absent once reviewed. */
  review?: string;
  wordCount: number;
  readingMinutes: number;
  draft: boolean;
  /** The lead image as written; its processed files are looked up in src/images/registry.ts. */
  image?: WrittenImage;
  /** Oldest first, as written. */
  corrections: Correction[];
  /** Former root-relative URLs, each to get a redirect page. */
  aliases: string[];
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

function fileSlug(sourcePath: string): string {
  return toSlug(path.posix.basename(sourcePath, path.posix.extname(sourcePath)).replace(/^\d{4}-\d{2}-\d{2}-?/, ""));
}

/**
 * The slug is the file's name after its date (2026-02-26-geneva-talks.md), else the
 * headline's, cut at a word to HEADLINE_SLUG_LENGTH. (A file's own slug is never cut, as
 * an editor chose it: one longer than MAX_SLUG_LENGTH is refused by `parseArticle`.)
 */
export function slugFor(sourcePath: string, title: string): string {
  return fileSlug(sourcePath) || truncateSlug(toSlug(title), HEADLINE_SLUG_LENGTH) || "article";
}

/**
 * The first paragraph as plain text; only the first block is parsed, since bodies can be
 * long, with the body's link reference definitions so `[name][]` reads as its words.
 */
export function ledeOf(body: string): string {
  const firstBlock = body.trim().split(/\n[ \t]*\n/)[0] ?? "";
  const definitions = firstBlock.includes("]") ? referenceDefinitions(body.split("\n")) : "";
  return paragraphTexts(definitions ? `${firstBlock}\n\n${definitions}` : firstBlock)[0] ?? "";
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
  const problems = parsed.ok ? [] : parsed.problems;
  const control = controlInBody(split.body);
  if (control) {
    problems.push({
      file: sourcePath,
      line: split.bodyStartLine + control.line - 1,
      field: "body",
      message: `contains the control character ${describeControl(control.char)}; remove it`,
    });
  }
  const slug = fileSlug(sourcePath);
  if (slug.length > MAX_SLUG_LENGTH) {
    problems.push({
      file: sourcePath,
      field: "file name",
      message: `makes a ${slug.length}-character URL slug; a slug may have at most ${MAX_SLUG_LENGTH} characters, so shorten the file name`,
    });
  }
  if (!parsed.ok || problems.length) return { ok: false, problems };
  return { ok: true, record: toRecord(sourcePath, parsed.data, split.body) };
}

function toRecord(sourcePath: string, front: FrontMatter, body: string): ArticleRecord {
  const lang = front.lang ?? site.language;
  const wordCount = countWords(body);
  const lede = ledeOf(body);
  // Without a `summary:`, the text before `<!--more-->` (Jekyll, Hugo, WordPress) is the summary.
  const beforeMore = front.summary ? undefined : textBeforeMore(body);
  const summary = front.summary ?? beforeMore ?? lede;
  const record: ArticleRecord = {
    sourcePath,
    slug: slugFor(sourcePath, front.title),
    title: front.title,
    summary,
    // A summary that is how the story begins (as imported dispatches have, or the text
    // before `<!--more-->`) would read twice as a dek.
    summaryIsLede: !front.summary || lede.startsWith(front.summary),
    date: front.date,
    lang,
    dir: directionOf(lang),
    writtenTags: front.tags,
    body,
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
    draft: front.draft,
    corrections: front.corrections,
    aliases: front.aliases,
  };
  if (front.updated) record.updated = front.updated;
  if (front.byline) record.byline = front.byline;
  if (front.source) record.source = front.source;
  if (front.dateline) record.dateline = front.dateline;
  if (front.image) record.image = front.image;
  if (front.review) record.review = front.review;
  return record;
}

/** Every article file under a folder (see article-files.ts), as paths relative to `root`, in a stable order. */
export async function findArticleFiles(dir: string, root: string): Promise<string[]> {
  return (await scanArticleFolder(dir, root)).files;
}

export interface LoadedArticles {
  records: ArticleRecord[];
  problems: Problem[];
  /** Files not read (hidden, not Markdown): named, but the build goes on. */
  warnings: Problem[];
}

/**
 * Parsed sources kept between builds of one process (the dev server): a file whose
 * modification time and size are unchanged is not read or parsed again, so a rebuild
 * after editing one article reads one file. Off for one-shot builds, which read each
 * file once anyway and need not pay a `stat` per file.
 */
interface CachedResult {
  mtimeMs: number;
  size: number;
  result: RecordResult;
}
let recordCache: Map<string, CachedResult> | undefined;

export function enableRecordCache(): void {
  recordCache ??= new Map();
}

async function readRecord(file: string, absolute: string, decoder: TextDecoder): Promise<RecordResult> {
  let info: { mtimeMs: number; size: number } | undefined;
  if (recordCache) {
    // A file deleted since the folder was listed is simply read (and reported) below.
    info = await stat(absolute).catch(() => undefined);
    const cached = recordCache.get(absolute);
    if (info && cached && cached.mtimeMs === info.mtimeMs && cached.size === info.size) return cached.result;
  }
  let text: string | undefined;
  try {
    text = decoder.decode(await readFile(absolute));
  } catch {
    text = undefined;
  }
  const result: RecordResult =
    text === undefined ? { ok: false, problems: [{ file, message: "is not valid UTF-8 text; save it as UTF-8" }] } : parseArticle(file, text);
  if (recordCache && info) recordCache.set(absolute, { mtimeMs: info.mtimeMs, size: info.size, result });
  return result;
}

/** Reads and validates every article; problems are collected, not thrown, so all are reported at once. */
export async function loadArticleRecords(dir: string, root: string): Promise<LoadedArticles> {
  const { files, warnings, problems: folderProblems } = await scanArticleFolder(dir, root);
  const records: ArticleRecord[] = [];
  const problemsOf: Problem[][] = [];
  const decoder = new TextDecoder("utf-8", { fatal: true });
  // A bounded number of files in flight: 100,000 concurrent reads would hold every file's
  // buffer and a file handle each at once.
  await forEachConcurrently(files, 64, async (file, index) => {
    const result = await readRecord(file, path.join(root, file), decoder);
    if (result.ok) records[index] = result.record;
    else problemsOf[index] = result.problems;
  });
  if (recordCache) {
    const live = new Set(files.map((file) => path.join(root, file)));
    for (const key of recordCache.keys()) if (!live.has(key)) recordCache.delete(key);
  }
  return {
    // Drafts included: whether they are published is the archive's decision (src/model/publication.ts).
    records: records.filter((r): r is ArticleRecord => r !== undefined),
    problems: [...folderProblems, ...problemsOf.flatMap((p) => p ?? [])],
    warnings,
  };
}
