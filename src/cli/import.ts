/**
 * `npm run import -- FILE_OR_FOLDER... [options]`: brings dispatches, Jekyll/Hugo/Eleventy
 * posts and WordPress exports into `articles/` (or ARTICLES_DIR). Each file or item is
 * judged on its own: a bad one is refused with its reason, the others still import, and
 * the exit code is non-zero when any was refused. Nothing is ever overwritten, and a story
 * already in the archive (same date and text, or same former URL) is reported and skipped.
 * The run ends with a report: imported, skipped (with why), needing review (with why).
 */
import { stat } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { site } from "../_data/site.ts";
import { settings } from "../settings.ts";
import { toSlug } from "../model/slug.ts";
import { LINE_REVIEW_NOTE, REVIEW_NOTE, type ImportedArticle } from "../import/article.ts";
import { dispatchArticle } from "../import/dispatch.ts";
import { filesUnder, kindOf, LIMITS, readRegularFile } from "../import/read-input.ts";
import { resolveAuthors } from "../model/authors.ts";
import { resolveTags } from "../model/taxonomy.ts";
import { oldLinks } from "../import/old-links.ts";
import { count, createReport, formatReport, type Report } from "../import/report.ts";
import { importPosts } from "../import/static-posts.ts";
import { acquireLock, indexArchive, writeArticle, type Existing } from "../import/writer.ts";
import { importWxr } from "../import/wxr.ts";

const USAGE = `Usage: npm run import -- FILE_OR_FOLDER... [options]

Brings into articles/YYYY/YYYY-MM-DD-SLUG.md:
  plain-text dispatches (.txt: the word "date", an ISO date, then the text),
  Jekyll, Hugo, Zola and Eleventy posts (.md, .markdown, with YAML or TOML front matter),
  WordPress exports (WXR .xml).
A folder is searched for all of these.
  --title     the headline (one article only); without it one is drawn from the lede, marked for review
  --slug      the URL slug (one article only)
  --tags      tags to add, comma-separated, before those suggested from the text
  --lang      the BCP 47 language of the text (otherwise detected)
  --old-url   the old site's permalink pattern, e.g. /news/:year/:month/:day/:title/
  --old-site  where the old site was served, e.g. https://example.org/blog, when its
              configuration does not say (links to its pages are pointed there or here)
  --uploads   the WordPress uploads folder (wp-content/uploads), for images
  --dry-run   print what would be written, and write nothing
Articles go to ARTICLES_DIR when it is set.`;

interface Options {
  title?: string;
  slug?: string;
  tags: string[];
  lang?: string;
  oldUrl?: string;
  oldSite?: string;
  uploads?: string;
  dryRun: boolean;
}

function display(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith("..") ? relative : file;
}

async function expand(inputs: readonly string[], report: Report): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => undefined);
    if (!info?.isDirectory()) {
      files.push(input);
      continue;
    }
    for (const file of await filesUnder(input)) {
      if (kindOf(file) !== "other") files.push(file);
      else count(report, `other files in folders, not articles (e.g. ${path.extname(file) || path.basename(file)})`);
    }
  }
  return files;
}

class Run {
  constructor(
    readonly options: Options,
    readonly articlesDir: string,
    readonly existing: Existing,
    readonly report: Report,
  ) {}

  refuse(origin: string, why: string): void {
    console.error(`Refused ${origin}: ${why}`);
    this.report.refused.push({ origin, why });
  }

  skip(origin: string, why: string): void {
    console.log(`Skipped ${origin}: ${why}`);
    this.report.skipped.push({ origin, why });
  }

  async write(article: ImportedArticle): Promise<void> {
    let outcome;
    try {
      outcome = await writeArticle(article, this.articlesDir, this.existing, this.options.dryRun, display);
    } catch (error) {
      // A folder that cannot be written to: this one is refused, and the next ones still get their turn.
      this.refuse(article.origin, `its article could not be written (${error instanceof Error ? error.message : String(error)})`);
      return;
    }
    if (outcome.kind === "refused") return this.refuse(article.origin, outcome.why);
    if (outcome.kind === "duplicate") return this.skip(article.origin, outcome.why);
    const file = display(outcome.file);
    if (outcome.kind === "would-write") console.log(`Would write ${file} (from ${article.origin}):\n${outcome.source}`);
    else console.log(`Wrote ${file} (from ${article.origin})`);
    this.report.imported.push(file);
    if (article.review.length > 0) this.report.review.push({ file, origin: article.origin, why: article.review });
    if (article.review.includes(REVIEW_NOTE)) console.log(`  headline drawn from the lede, to review: ${article.title}`);
    if (article.review.includes(LINE_REVIEW_NOTE)) console.log(`  headline taken from the first line, to check: ${article.title}`);
    console.log(`  tags: ${article.tags.length ? article.tags.join(", ") : "(none found)"}`);
    for (const note of article.notes) console.log(`  note: ${note}`);
  }
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        title: { type: "string" },
        slug: { type: "string" },
        tags: { type: "string" },
        lang: { type: "string" },
        "old-url": { type: "string" },
        "old-site": { type: "string" },
        uploads: { type: "string" },
        "dry-run": { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals: inputs } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (inputs.length === 0) {
    console.error(USAGE);
    return 2;
  }
  const title = values.title?.replace(/\s+/g, " ").trim();
  if (values.title !== undefined && !title) {
    console.error("--title is empty");
    return 2;
  }
  const slug = values.slug === undefined ? undefined : toSlug(values.slug);
  if (values.slug !== undefined && !slug) {
    console.error(`--slug: "${values.slug}" has no letters or digits`);
    return 2;
  }
  if ((title || slug) && inputs.length > 1) {
    console.error(`${title ? "--title" : "--slug"} names one article: give it with one FILE at a time`);
    return 2;
  }
  if (values.lang !== undefined) {
    try {
      if (Intl.getCanonicalLocales(values.lang).length !== 1) throw new Error();
    } catch {
      console.error(`--lang: "${values.lang}" is not a BCP 47 language tag such as en, fa or pt-BR`);
      return 2;
    }
  }
  const options: Options = {
    tags: (values.tags ?? "")
      .split(",")
      .map((t) => t.replace(/\s+/g, " ").trim())
      .filter(Boolean),
    dryRun: values["dry-run"] ?? false,
  };
  if (title) options.title = title;
  if (slug) options.slug = slug;
  if (values.lang) options.lang = values.lang;
  if (values["old-url"]) options.oldUrl = values["old-url"];
  if (values["old-site"] !== undefined) {
    if (!/^https?:\/\/[^/]+/i.test(values["old-site"]) || !URL.canParse(values["old-site"])) {
      console.error(`--old-site: "${values["old-site"]}" is not an http(s) address such as https://example.org/blog`);
      return 2;
    }
    options.oldSite = values["old-site"].replace(/\/+$/, "");
  }
  if (values.uploads) options.uploads = values.uploads;
  const unnamable = options.tags.find((tag) => !toSlug(tag));
  if (unnamable) {
    console.error(`--tags: "${unnamable}" has no letters or digits to make a tag page from`);
    return 2;
  }

  const articlesDir = settings.articlesDir;
  const report = createReport();
  // A dry run writes nothing, not even the lock.
  const release = options.dryRun ? () => {} : await acquireLock(articlesDir);
  try {
    const existing = await indexArchive(articlesDir);
    const run = new Run(options, articlesDir, existing, report);
    const files = await expand(inputs, report);
    const made: ImportedArticle[] = [];
    const posts: { file: string; origin: string; bytes: Uint8Array }[] = [];
    const dispatches: { origin: string; bytes: Uint8Array }[] = [];
    for (const file of files) {
      const kind = kindOf(file);
      if (kind === "wxr") {
        const read = await readRegularFile(file, LIMITS.export);
        if (!read.ok) {
          run.refuse(file, read.error);
          continue;
        }
        const items = await importWxr(file, read.bytes, { siteLanguage: site.language, ...(options.lang ? { lang: options.lang } : {}), ...(options.uploads ? { uploads: options.uploads } : {}), ...(options.oldUrl ? { oldUrl: options.oldUrl } : {}) }, report);
        if (!items.ok) {
          run.refuse(file, items.error);
          continue;
        }
        for (const item of items.results) {
          if (item.kind === "article") made.push(item.article);
          else if (item.kind === "refused") run.refuse(item.origin, item.why);
          else run.skip(item.origin, item.why);
        }
        continue;
      }
      const read = await readRegularFile(file, LIMITS.text);
      if (!read.ok) run.refuse(file, read.error);
      else if (kind === "markdown") posts.push({ file, origin: file, bytes: read.bytes });
      else dispatches.push({ origin: file, bytes: read.bytes });
    }
    for (const result of importPosts(posts, { siteLanguage: site.language, ...(options.lang ? { lang: options.lang } : {}), ...(options.oldUrl ? { oldUrl: options.oldUrl } : {}), ...(options.oldSite ? { oldSite: options.oldSite } : {}) })) {
      if (result.kind === "article") {
        if (options.title) result.article.title = options.title;
        if (options.slug) result.article.slug = options.slug;
        result.article.tags = [...new Set([...options.tags, ...result.article.tags])];
        made.push(result.article);
      } else if (result.kind === "dispatch") dispatches.push({ origin: result.origin, bytes: result.bytes });
      else if (result.kind === "refused") run.refuse(result.origin, result.why);
      else run.skip(result.origin, result.why);
    }
    for (const { origin, bytes } of dispatches) {
      const dispatch = dispatchArticle(origin, bytes, {
        tags: options.tags,
        siteLanguage: site.language,
        ...(options.title ? { title: options.title } : {}),
        ...(options.slug ? { slug: options.slug } : {}),
        ...(options.lang ? { lang: options.lang } : {}),
      });
      if (dispatch.ok) made.push(dispatch.article);
      else run.refuse(origin, dispatch.error);
    }
    // Written once all are read, so a post can link to one read after it.
    const links = oldLinks(made, { aliases: existing.aliases.keys(), urls: [...existing.urls].map((dayAndSlug) => `/${dayAndSlug.slice(0, 10).replace(/-/g, "/")}/${dayAndSlug.slice(11)}/`) });
    for (const article of made) {
      links.pointHere(article);
      await run.write(article);
    }
    // Checked as the build will: every article of the archive, in a stable order.
    const names = [...existing.names].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([sourcePath, { byline, tags }]) => ({ sourcePath, byline, tags }));
    for (const problem of [...resolveTags(names).problems, ...resolveAuthors(names).problems]) report.beforeBuild.push({ file: display(problem.file), why: `${problem.field}: ${problem.message}` });
  } finally {
    release();
  }
  console.log(formatReport(report, options.dryRun));
  return report.refused.length > 0 ? 1 : 0;
}

process.exitCode = await main();
