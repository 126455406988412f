import { readFileSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { typescriptWorker } from "../util/typescript-worker.ts";
import path from "node:path";
import { parsePublicationDate, type PublicationDate } from "../_data/dates.ts";
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

const directions = new Map<string, "ltr" | "rtl">();

/** Text direction of a language, from its likely script: fa and ar are right to left. */
export function directionOf(lang: string): "ltr" | "rtl" {
  let direction = directions.get(lang);
  if (!direction) directions.set(lang, (direction = scriptDirection(lang)));
  return direction;
}

function scriptDirection(lang: string): "ltr" | "rtl" {
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
  /** How many files the second thread read (0 when one thread read them all). */
  readByWorker: number;
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

/** Reads the files whose size or modification time changed since the last build, in parallel: the dev server's thread serves pages meanwhile. */
async function readCached(files: readonly string[], root: string): Promise<RecordResult[]> {
  const results: RecordResult[] = [];
  const decoder = new TextDecoder("utf-8", { fatal: true });
  await forEachConcurrently(files, CACHED_IN_FLIGHT, async (file, index) => {
    results[index] = await readCachedRecord(file, path.join(root, file), decoder);
  });
  return results;
}

/** Files read at once by the dev server: enough to keep the disk busy, few enough to hold few buffers and handles. */
const CACHED_IN_FLIGHT = 64;

async function readCachedRecord(file: string, absolute: string, decoder: TextDecoder): Promise<RecordResult> {
  // A file deleted since the folder was listed is simply read (and reported) below.
  const info = await stat(absolute).catch(() => undefined);
  const cached = recordCache?.get(absolute);
  if (info && cached && cached.mtimeMs === info.mtimeMs && cached.size === info.size) return cached.result;
  const result = recordOf(file, await readFile(absolute).catch(() => undefined), decoder);
  if (info) recordCache?.set(absolute, { mtimeMs: info.mtimeMs, size: info.size, result });
  return result;
}

/** The record in a file's bytes; `bytes` is undefined when the file could not be read. */
export function recordOf(file: string, bytes: Uint8Array | undefined, decoder: TextDecoder): RecordResult {
  let text: string | undefined;
  try {
    text = bytes && decoder.decode(bytes);
  } catch {
    text = undefined;
  }
  return text === undefined ? { ok: false, problems: [{ file, message: "is not valid UTF-8 text; save it as UTF-8" }] } : parseArticle(file, text);
}

/** Reads and validates every article; problems are collected, not thrown, so all are reported at once. */
export async function loadArticleRecords(dir: string, root: string, { twoThreadsFrom = TWO_THREADS_FROM, onlyWorker = false } = {}): Promise<LoadedArticles> {
  const { files, warnings, problems: folderProblems } = await scanArticleFolder(dir, root);
  // A large archive is read on two threads: parsing is most of the time before anything
  // else can start, and the second core has nothing to do yet.
  const { results, readByWorker } = recordCache ? { results: await readCached(files, root), readByWorker: 0 } : await readAll(files, root, files.length >= twoThreadsFrom, onlyWorker);
  if (recordCache) {
    const live = new Set(files.map((file) => path.join(root, file)));
    for (const key of recordCache.keys()) if (!live.has(key)) recordCache.delete(key);
  }
  return {
    // Drafts included: whether they are published is the archive's decision (src/model/publication.ts).
    records: results.flatMap((result) => (result.ok ? [result.record] : [])),
    problems: [...folderProblems, ...results.flatMap((result) => (result.ok ? [] : result.problems))],
    warnings,
    readByWorker,
  };
}

/**
 * Files from which an archive is read on two threads: below it, starting the second
 * thread (about a second to load tsx and the parsers) costs more than it saves.
 */
export const TWO_THREADS_FROM = 2_000;

/**
 * Reads every file, on this thread alone or with a worker (src/model/article-reader.ts):
 * each thread takes the next unread file from one shared counter until none is left, so both
 * finish together whatever each is slowed by. Whatever the worker took but did not deliver
 * (it failed to start, or died) is read here at the end.
 */
async function readAll(files: readonly string[], root: string, twoThreads: boolean, onlyWorker: boolean): Promise<{ results: RecordResult[]; readByWorker: number }> {
  const results: (RecordResult | undefined)[] = new Array<RecordResult | undefined>(files.length);
  let readByWorker = 0;
  const next = new Int32Array(new SharedArrayBuffer(4));
  const job: ReaderJob = { files, root, next };
  const worker = twoThreads ? typescriptWorker(new URL("./article-reader.ts", import.meta.url), job) : undefined;
  const finished = new Promise<void>((resolve) => {
    if (!worker) return resolve();
    worker.on("message", (batch: [number, PortableResult][]) => {
      for (const [index, result] of batch) results[index] = fromPortable(result);
      readByWorker += batch.length;
    });
    worker.on("error", () => {});
    worker.on("exit", () => resolve());
  });
  // (Tests leave every file to the worker, which a small archive would otherwise never reach.)
  if (!onlyWorker) {
    await readTaken(job, (index, result) => {
      results[index] = result;
    });
  }
  await finished;
  // What a failed worker took and did not deliver: the counter is past every file, so by index.
  const decoder = new TextDecoder("utf-8", { fatal: true });
  for (let index = 0; index < files.length; index++) results[index] ??= readFileRecord(files[index]!, root, decoder);
  return { results: results as RecordResult[], readByWorker };
}

/** Files read between two looks at the event loop, where the other thread's records wait. */
export const READ_BATCH = 100;

/**
 * Reads the files this thread takes from the shared counter until none is left. The reads
 * block (neither thread has anything else to do meanwhile, and one loop serves both); every
 * READ_BATCH files it lets waiting messages in.
 */
export async function readTaken(job: ReaderJob, each: (index: number, result: RecordResult) => void): Promise<void> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let read = 0;
  for (let index = Atomics.add(job.next, 0, 1); index < job.files.length; index = Atomics.add(job.next, 0, 1)) {
    each(index, readFileRecord(job.files[index]!, job.root, decoder));
    if (++read % READ_BATCH === 0) await new Promise(setImmediate);
  }
}

/** One file's record, read blocking (a file that cannot be read is reported like one that is not UTF-8). */
function readFileRecord(file: string, root: string, decoder: TextDecoder): RecordResult {
  let bytes: Uint8Array | undefined;
  try {
    bytes = readFileSync(path.join(root, file));
  } catch {
    bytes = undefined;
  }
  return recordOf(file, bytes, decoder);
}

/** What src/model/article-reader.ts is given. */
export interface ReaderJob {
  files: readonly string[];
  root: string;
  /** The index of the next file nobody has taken, shared between the threads. */
  next: Int32Array;
}

/** A date as it crosses between threads: luxon's DateTime does not survive cloning, so it travels as written. */
type PortableRecord = Omit<ArticleRecord, "date" | "updated" | "corrections"> & { date: string; updated?: string; corrections: { date: string; text: string }[] };
export type PortableResult = { ok: true; record: PortableRecord } | { ok: false; problems: Problem[] };

export function toPortable(result: RecordResult): PortableResult {
  if (!result.ok) return result;
  const { date, updated, corrections, ...rest } = result.record;
  const record: PortableRecord = { ...rest, date: date.written, corrections: corrections.map((c) => ({ date: c.date.written, text: c.text })) };
  if (updated) record.updated = updated.written;
  return { ok: true, record };
}

function fromPortable(result: PortableResult): RecordResult {
  if (!result.ok) return result;
  const { date, updated, corrections, ...rest } = result.record;
  const record: ArticleRecord = { ...rest, date: readAgain(date), corrections: corrections.map((c) => ({ date: readAgain(c.date), text: c.text })) };
  if (updated !== undefined) record.updated = readAgain(updated);
  return { ok: true, record };
}

/** A date the other thread has read already: reading it again here gives the same date. */
function readAgain(written: string): PublicationDate {
  const parsed = parsePublicationDate(written);
  if (!parsed.ok) throw new Error(`${written}: read on one thread, refused on the other (${parsed.error})`);
  return parsed.date;
}
