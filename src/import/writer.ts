import { createHash } from "node:crypto";
import { unlinkSync } from "node:fs";
import { copyFile, constants, link, mkdir, open, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseDocument } from "yaml";
import { paths } from "../render/urls.ts";
import { isoDay } from "../_data/dates.ts";
import { findArticleFiles, parseArticle } from "../model/content.ts";
import { decodeDispatch } from "./dispatch-text.ts";
import { splitFrontMatter } from "../model/frontmatter.ts";
import { verbatimHtml } from "./literal-markdown.ts";
import { paragraphTexts, renderMarkdown } from "../model/markdown.ts";
import { importedSource, type ImportedArticle } from "./article.ts";
import { isRunning } from "../util/process.ts";

/**
 * Writes imported articles into the archive without ever replacing a file or importing
 * one story twice, even when two imports run at once: a run holds a lock file in the
 * articles folder while it reads what the archive holds and writes, so a second run sees
 * the first one's articles. A lock left by a run that died is taken over.
 */
export interface Existing {
  /** Comparable text of the articles of each day (YYYY-MM-DD), with their files. */
  textsByDay: Map<string, { file: string; text: string }[]>;
  /** "YYYY-MM-DD/slug" of every article: another file with the same pair would share its URL. */
  urls: Set<string>;
  /** Former URLs (aliases) already claimed, with the file that claims them. */
  aliases: Map<string, string>;
  /** The byline and tags of each article file, so spellings that would share an author or tag page are found before the build. */
  names: Map<string, Names>;
}

export interface Names {
  byline: readonly string[];
  tags: readonly string[];
}

export async function indexArchive(articlesDir: string): Promise<Existing> {
  const existing: Existing = { textsByDay: new Map(), urls: new Set(), aliases: new Map(), names: new Map() };
  for (const file of await findArticleFiles(articlesDir, process.cwd())) {
    const decoded = decodeDispatch(await readFile(file));
    if (!decoded.ok) continue;
    const parsed = parseArticle(file, decoded.text);
    // A broken article is the build's to report; it cannot be compared, and is never overwritten anyway.
    if (!parsed.ok) continue;
    const { record } = parsed;
    remember(existing, isoDay(record.date), record.slug, file, comparableText(paragraphTexts(record.body)), aliasesOf(decoded.text), { byline: record.byline ?? [], tags: record.writtenTags });
  }
  return existing;
}

/** The `aliases:` of a source (the article schema may not keep them yet). */
function aliasesOf(text: string): string[] {
  const split = splitFrontMatter(text);
  if (!split) return [];
  const value: unknown = parseDocument(split.yaml, { schema: "core" }).toJS()?.aliases;
  return Array.isArray(value) ? value.filter((a): a is string => typeof a === "string") : [];
}

export function remember(existing: Existing, day: string, slug: string, file: string, text: string, aliases: readonly string[] = [], names: Names = { byline: [], tags: [] }): void {
  const list = existing.textsByDay.get(day);
  if (list) list.push({ file, text });
  else existing.textsByDay.set(day, [{ file, text }]);
  existing.urls.add(`${day}/${slug}`);
  for (const alias of aliases) existing.aliases.set(alias, file);
  existing.names.set(file, names);
}


export const LOCK_NAME = ".import.lock";

/** Takes the articles folder's import lock, waiting for another live run to finish. */
export async function acquireLock(articlesDir: string, waitMs = 120_000): Promise<() => void> {
  await mkdir(articlesDir, { recursive: true });
  const lock = path.join(articlesDir, LOCK_NAME);
  const started = Date.now();
  let told = false;
  for (;;) {
    try {
      const handle = await open(lock, "wx");
      await handle.writeFile(String(process.pid));
      await handle.close();
      const release = () => {
        try {
          unlinkSync(lock);
        } catch {
          // Already gone: nothing to release.
        }
      };
      process.once("exit", release);
      return () => {
        process.off("exit", release);
        release();
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const holder = Number((await readFile(lock, "utf8").catch(() => "")).trim());
    if (Number.isInteger(holder) && holder > 0 && !isRunning(holder)) {
      await rm(lock, { force: true });
      continue;
    }
    if (Date.now() - started > waitMs) throw new Error(`another import (process ${holder || "?"}) holds ${lock}; try again when it has finished`);
    if (!told) console.log(`Waiting for another import (process ${holder || "?"}) to finish…`);
    told = true;
    await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 100));
  }
}

/** Writes a new file, never replacing one: false when the name is taken. Written whole, or not at all. */
export async function createExclusive(target: string, contents: string | Buffer): Promise<boolean> {
  const temporary = path.join(path.dirname(target), `.import-${process.pid}-${path.basename(target)}.tmp`);
  await writeFile(temporary, contents, { flag: "wx" });
  try {
    await link(temporary, target);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return false;
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "ENOSYS") throw error;
    // File systems without hard links: an exclusive copy still never replaces a file.
    try {
      await copyFile(temporary, target, constants.COPYFILE_EXCL);
      return true;
    } catch (copyError) {
      if ((copyError as NodeJS.ErrnoException).code === "EEXIST") return false;
      throw copyError;
    }
  } finally {
    await rm(temporary, { force: true });
  }
}

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

/**
 * Copies an article's files beside it under the names its body uses; a name taken by a
 * different file gets the article's slug in front, and the body is changed to match.
 */
async function placeAssets(article: ImportedArticle, folder: string, prefix: string, dryRun: boolean): Promise<{ body: string; image?: { src: string; alt: string } }> {
  let body = article.body;
  let image = article.image;
  for (const asset of article.assets) {
    const bytes = await readFile(asset.from);
    let name = asset.name;
    const taken = await readFile(path.join(folder, name)).catch(() => undefined);
    if (taken && sha256(taken) !== sha256(bytes)) name = `${prefix}-${asset.name}`;
    if (name !== asset.name) {
      body = body.split(`](${asset.name}`).join(`](${name}`);
      if (image?.src === asset.name) image = { ...image, src: name };
    }
    if (!dryRun && !(taken && name === asset.name)) await createExclusive(path.join(folder, name), bytes);
  }
  return image ? { body, image } : { body };
}

export type WriteOutcome = { kind: "written" | "would-write"; file: string; source: string } | { kind: "duplicate"; file: string; why: string } | { kind: "refused"; why: string };

/** The day's folder and file of an article: YYYY/YYYY-MM-DD-SLUG.md. */
export function articleFile(article: ImportedArticle, slug: string): string {
  return `${article.date.year}/${isoDay(article.date)}-${slug}.md`;
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/** A safety net: the source must parse as written, and a dispatch must publish its text verbatim. */
function checkSource(file: string, source: string, article: ImportedArticle): string | undefined {
  const parsed = parseArticle(file, source);
  if (!parsed.ok) return `the article written for it would not be valid (${parsed.problems.map((p) => `${p.field ?? ""} ${p.message}`.trim()).join("; ")})`;
  const { record } = parsed;
  if (record.title !== article.title || record.date.written !== article.date.written) return "its headline or date would not survive the front matter";
  if (article.verbatim && renderMarkdown(record.body) !== verbatimHtml(article.verbatim)) return "its text would not be published word for word";
  return undefined;
}

export async function writeArticle(article: ImportedArticle, articlesDir: string, existing: Existing, dryRun: boolean, display: (file: string) => string): Promise<WriteOutcome> {
  const day = isoDay(article.date);
  const text = comparableText(paragraphTexts(article.body));
  const twin = text ? existing.textsByDay.get(day)?.find((entry) => entry.text === text) : undefined;
  if (twin) return { kind: "duplicate", file: twin.file, why: `already imported as ${display(twin.file)} (same date and text)` };
  const claimed = article.aliases.map((alias) => existing.aliases.get(alias)).find(Boolean);
  if (claimed) return { kind: "duplicate", file: claimed, why: `already imported as ${display(claimed)} (same former URL)` };

  for (let n = 1; ; n++) {
    const slug = n === 1 ? article.slug : `${article.slug}-${n}`;
    if (existing.urls.has(`${day}/${slug}`)) continue;
    const target = path.join(articlesDir, articleFile(article, slug));
    if (dryRun && (await exists(target))) continue;
    const folder = path.dirname(target);
    if (!dryRun) await mkdir(folder, { recursive: true });
    const placed = await placeAssets(article, folder, `${day}-${slug}`, dryRun);
    // A former URL that is the new one too (the old site used /YYYY/MM/DD/slug/) needs no redirect.
    const own = paths.article(article.date.year, article.date.month, article.date.day, slug);
    const final: ImportedArticle = { ...article, body: placed.body, aliases: article.aliases.filter((alias) => alias.replace(/\/?$/, "/") !== own) };
    if (placed.image) final.image = placed.image;
    const source = importedSource(final);
    const problem = checkSource(display(target), source, final);
    if (problem) return { kind: "refused", why: problem };
    if (!dryRun && !(await createExclusive(target, source))) continue;
    remember(existing, day, slug, target, text, article.aliases, { byline: article.byline ?? [], tags: article.tags });
    return { kind: dryRun ? "would-write" : "written", file: target, source };
  }
}

/**
 * Text compared to decide whether a dispatch is already in the archive: the words of
 * each paragraph, with white space, Unicode composition and Markdown markup ignored.
 */
export function comparableText(paragraphs: readonly string[]): string {
  return paragraphs
    .map((p) => p.normalize("NFC").replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .join("\n");
}
