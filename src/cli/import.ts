/**
 * `npm run import -- FILE... [--title "Headline"] [--tags "A, B"] [--dry-run]`: turns
 * plain-text dispatches into articles under `articles/` (or ARTICLES_DIR). Each file is
 * judged on its own: a bad one is refused with its reason, the others still import, and
 * the exit code is non-zero when any was refused. Nothing is ever overwritten, and a
 * dispatch already in the archive (same date, same text) is reported and skipped.
 */
import { copyFile, constants, link, mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { isoDay } from "../_data/dates.ts";
import { settings } from "../settings.ts";
import { articlePath, articleSource, comparableText, slugForTitle, type NewArticle } from "../import/article-source.ts";
import { suggestTags } from "../import/autotag.ts";
import { findArticleFiles, parseArticle } from "../model/content.ts";
import { decodeDispatch, drawHeadline, firstSentence, readDispatch } from "../import/dispatch.ts";
import { verbatimHtml } from "../import/literal-markdown.ts";
import { paragraphTexts, renderMarkdown } from "../model/markdown.ts";
import { toSlug } from "../model/slug.ts";
import { createTagResolver, tagKey } from "../model/taxonomy.ts";

const USAGE = `Usage: npm run import -- FILE... [--title "Headline"] [--tags "A, B"] [--dry-run]

Turns plain-text dispatches (optional white space, the word "date", an ISO date, then the
text, paragraphs separated by blank lines) into articles/YYYY/YYYY-MM-DD-SLUG.md.
  --title    the headline (one FILE only); without it one is drawn from the lede, marked for review
  --tags     tags to add, comma-separated, before those suggested from the text
  --dry-run  print what would be written, and write nothing
Articles go to ARTICLES_DIR when it is set.`;

/** What the archive already holds, so nothing is overwritten or imported twice. */
interface Existing {
  /** Comparable text of the articles of each day (YYYY-MM-DD), with their files. */
  textsByDay: Map<string, { file: string; text: string }[]>;
  /** "YYYY-MM-DD/slug" of every article: another file with the same pair would share its URL. */
  urls: Set<string>;
}

async function indexArchive(articlesDir: string): Promise<Existing> {
  const existing: Existing = { textsByDay: new Map(), urls: new Set() };
  for (const file of await findArticleFiles(articlesDir, process.cwd())) {
    const decoded = decodeDispatch(await readFile(file));
    if (!decoded.ok) continue;
    const parsed = parseArticle(file, decoded.text);
    // A broken article is the build's to report; it cannot be compared, and is never overwritten anyway.
    if (!parsed.ok) continue;
    const { record } = parsed;
    remember(existing, isoDay(record.date), record.slug, file, comparableText(paragraphTexts(record.body)));
  }
  return existing;
}

function remember(existing: Existing, day: string, slug: string, file: string, text: string): void {
  const list = existing.textsByDay.get(day);
  if (list) list.push({ file, text });
  else existing.textsByDay.set(day, [{ file, text }]);
  existing.urls.add(`${day}/${slug}`);
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

function display(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith("..") ? relative : file;
}

/** Given tags in their canonical spelling, then the suggested ones, each tag once. */
function mergeTags(given: readonly string[], suggested: readonly string[]): string[] {
  const resolver = createTagResolver();
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const written of [...given, ...suggested]) {
    const name = resolver.lookup(written)?.name ?? written;
    const key = tagKey(name);
    if (seen.has(key)) continue;
    seen.add(key);
    tags.push(name);
  }
  return tags;
}

/** A safety net under the escaping: the source must parse as written and publish the text verbatim. */
function checkSource(file: string, source: string, article: NewArticle): string | undefined {
  const parsed = parseArticle(file, source);
  if (!parsed.ok) return `the article written for it would not be valid (${parsed.problems.map((p) => p.message).join("; ")})`;
  const { record } = parsed;
  if (record.title !== article.title || record.date.written !== article.date.written) return "its headline or date would not survive the front matter";
  if (renderMarkdown(record.body) !== verbatimHtml(article.paragraphs)) return "its text would not be published word for word";
  return undefined;
}

/** Writes a new file, never replacing one: false when the name is taken. Written whole, or not at all. */
async function createExclusive(target: string, contents: string): Promise<boolean> {
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

type Outcome = "written" | "skipped" | "refused";

interface Options {
  title?: string;
  tags: string[];
  dryRun: boolean;
}

async function importOne(file: string, options: Options, articlesDir: string, existing: Existing): Promise<Outcome> {
  const refuse = (reason: string): Outcome => {
    console.error(`Refused ${file}: ${reason}`);
    return "refused";
  };
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return refuse(code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a folder, not a dispatch" : `cannot be read (${code ?? String(error)})`);
  }
  const result = readDispatch(bytes);
  if (!result.ok) return refuse(result.error);
  const { date, paragraphs } = result.dispatch;
  const day = isoDay(date);

  const text = comparableText(paragraphs);
  const twin = existing.textsByDay.get(day)?.find((entry) => entry.text === text);
  if (twin) {
    console.log(`Skipped ${file}: already imported as ${display(twin.file)} (same date and text)`);
    return "skipped";
  }

  const lede = paragraphs[0]!;
  const title = options.title ?? drawHeadline(lede);
  const article: NewArticle = {
    title,
    titleDrawn: options.title === undefined,
    date,
    summary: firstSentence(lede),
    tags: mergeTags(options.tags, suggestTags(`${options.title ?? ""}\n\n${paragraphs.join("\n\n")}`)),
    paragraphs,
  };
  const source = articleSource(article);
  const base = slugForTitle(title);

  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (existing.urls.has(`${day}/${slug}`)) continue;
    const target = path.join(articlesDir, articlePath(date, slug));
    if (options.dryRun && (await exists(target))) continue;
    const problem = checkSource(display(target), source, article);
    if (problem) return refuse(problem);
    if (options.dryRun) {
      console.log(`Would write ${display(target)} (from ${file}):\n${source}`);
    } else {
      await mkdir(path.dirname(target), { recursive: true });
      if (!(await createExclusive(target, source))) continue;
      console.log(`Wrote ${display(target)} (from ${file})`);
    }
    if (article.titleDrawn) console.log(`  headline drawn from the lede, to review: ${title}`);
    console.log(`  tags: ${article.tags.length ? article.tags.join(", ") : "(none found)"}`);
    remember(existing, day, slug, target, text);
    return "written";
  }
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        title: { type: "string" },
        tags: { type: "string" },
        "dry-run": { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals: files } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (files.length === 0) {
    console.error(USAGE);
    return 2;
  }
  const title = values.title?.replace(/\s+/g, " ").trim();
  if (values.title !== undefined && !title) {
    console.error("--title is empty");
    return 2;
  }
  if (title && files.length > 1) {
    console.error("--title names one article: give it with one FILE at a time");
    return 2;
  }
  const options: Options = {
    ...(title ? { title } : {}),
    tags: (values.tags ?? "")
      .split(",")
      .map((t) => t.replace(/\s+/g, " ").trim())
      .filter(Boolean),
    dryRun: values["dry-run"] ?? false,
  };
  const unnamable = options.tags.find((tag) => !toSlug(tag));
  if (unnamable) {
    console.error(`--tags: "${unnamable}" has no letters or digits to make a tag page from`);
    return 2;
  }

  const articlesDir = settings.articlesDir;
  const existing = await indexArchive(articlesDir);
  const counts: Record<Outcome, number> = { written: 0, skipped: 0, refused: 0 };
  for (const file of files) {
    let outcome: Outcome;
    try {
      outcome = await importOne(file, options, articlesDir, existing);
    } catch (error) {
      // A folder that cannot be written to: this file is refused, and the next ones still get their turn.
      console.error(`Refused ${file}: its article could not be written (${error instanceof Error ? error.message : String(error)})`);
      outcome = "refused";
    }
    counts[outcome]++;
  }
  const verb = options.dryRun ? "would import" : "imported";
  console.log(`${files.length === 1 ? "1 dispatch" : `${files.length} dispatches`}: ${counts.written} ${verb}, ${counts.skipped} already in the archive, ${counts.refused} refused.`);
  return counts.refused > 0 ? 1 : 0;
}

process.exitCode = await main();
