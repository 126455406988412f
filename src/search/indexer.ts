/**
 * Builds the Pagefind index from the archive model. `npm run build` starts it beside its
 * Eleventy runs (src/cli/build.ts), so Pagefind's own processes parse and index on the
 * second core while Eleventy renders pages on the first; the bundles (src/search/records.ts)
 * are written one at a time into the output folder. In `npm start` the plugin below rebuilds
 * it in the background after each change, so a rebuilt page never waits for it.
 * A Pagefind process that dies or stops answering fails the index at once
 * (src/search/pagefind-process.ts); in `npm start` the failure is reported and the next
 * change tries again.
 */
import { mkdir, readdir, rm } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";
import { site } from "../_data/site.ts";
import { getArchive } from "../model/store.ts";
import { settings } from "../settings.ts";
import { forEachConcurrently } from "../util/concurrency.ts";
import { folderBytes } from "../util/folder-bytes.ts";
import type { Article } from "../model/archive.ts";
import type { EleventyConfig } from "../eleventy/pages.ts";
import { bundlePlan, keepBundleFile, recordHtml, type SearchBundle } from "./records.ts";
import { paths } from "../render/urls.ts";
import { withWatchedPagefind, type WatchedCall } from "./pagefind-process.ts";
import { lanePins } from "./cpus.ts";

export interface IndexSummary {
  pages: number;
  /** Sum over pages of the distinct words Pagefind indexed on each. */
  words: number;
  bundles: { id: string; path: string; pages: number }[];
  bytes: number;
  seconds: number;
}

export class SearchIndexError extends Error {
  constructor(message: string) {
    super(`Search index: ${message}`);
    this.name = "SearchIndexError";
  }
}

/** Documents in flight to Pagefind at once: enough to keep its process busy, few enough to bound memory. */
const IN_FLIGHT = 64;

type PagefindApi = typeof pagefind;

/**
 * Bundles indexed at once. A Pagefind service process works one request at a time, and the
 * Node API keeps one service per module instance, so each lane imports its own instance:
 * two bundles index on two cores (measured: 6,000 articles in 11.0 s instead of 15.8 s).
 */
const INDEXING_LANES = 2;

async function pagefindForLane(lane: number): Promise<PagefindApi> {
  if (lane === 0) return pagefind;
  return (await import(`${import.meta.resolve("pagefind")}?lane=${lane}`)) as PagefindApi;
}

async function indexBundle(pagefind: PagefindApi, call: WatchedCall, bundle: SearchBundle, outputDir: string): Promise<{ pages: number; words: number }> {
  const { index, errors } = await call(() => pagefind.createIndex(bundle.indexLanguage ? { forceLanguage: bundle.indexLanguage } : {}));
  if (!index) throw new SearchIndexError(`Pagefind could not start: ${errors.join("; ")}`);
  let words = 0;
  let pages = 0;
  const add = async (article: Article) => {
    const response = await call(() => index.addHTMLFile({ url: article.url, content: recordHtml(article) }));
    if (response.errors.length) throw new SearchIndexError(`${article.sourcePath}: ${response.errors.join("; ")}`);
    words += response.file.uniqueWords;
    pages++;
  };
  await forEachConcurrently(bundle.articles, IN_FLIGHT, add);

  const target = path.join(outputDir, ...bundle.path.split("/").filter(Boolean));
  const written = await call(() => index.writeFiles({ outputPath: target }));
  if (written.errors.length) throw new SearchIndexError(`writing ${target}: ${written.errors.join("; ")}`);
  await call(() => index.deleteIndex());
  // Pagefind writes its own UIs, worker and highlighter into every bundle; the site uses
  // its own small UI on pagefind.js, so only what a search fetches is published.
  for (const file of await readdir(target)) {
    if (!keepBundleFile(file, bundle.path === paths.pagefind)) await rm(path.join(target, file), { force: true });
  }
  return { pages, words };
}

/**
 * Indexes the archive into `<outputDir>/pagefind/`, a bundle per lane at a time; each
 * lane's Pagefind process is restarted between bundles so its memory never holds more
 * than one shard.
 */
export async function buildSearchIndex(articles: readonly Article[], outputDir: string, shardSize: number): Promise<IndexSummary> {
  // Whatever went wrong (Pagefind's process died, a write failed) is reported as the index's.
  return indexArchive(articles, outputDir, shardSize).catch((error: unknown) => {
    throw error instanceof SearchIndexError ? error : new SearchIndexError(error instanceof Error ? error.message : String(error));
  });
}

async function indexArchive(articles: readonly Article[], outputDir: string, shardSize: number): Promise<IndexSummary> {
  const started = performance.now();
  const planned = bundlePlan(articles, site.language, shardSize);
  // An archive with no articles yet still publishes Pagefind's script, so /pagefind/ exists.
  const bundles: SearchBundle[] = planned.length ? planned : [{ id: "empty", language: site.language, path: paths.pagefind, articles: [], scripts: [] }];
  const root = path.join(outputDir, ...paths.pagefind.split("/").filter(Boolean));
  await rm(root, { recursive: true, force: true });
  await mkdir(root, { recursive: true });
  const counts: { pages: number; words: number }[] = [];
  const pins = lanePins(INDEXING_LANES);
  // Largest bundles first, so no lane is left with a big one when the other is done.
  const order = bundles.map((_, at) => at).sort((a, b) => bundles[b]!.articles.length - bundles[a]!.articles.length || a - b);
  await forEachConcurrently(order, INDEXING_LANES, async (at, _, lane) => {
    const bundle = bundles[at]!;
    const api = await pagefindForLane(lane);
    // The session ends by closing, which restarts the lane's process for its next bundle:
    // memory holds one shard at a time.
    counts[at] = await withWatchedPagefind(api, (call) => indexBundle(api, call, bundle, outputDir), { pin: pins[lane] });
  });

  const summary: IndexSummary = { pages: 0, words: 0, bundles: [], bytes: 0, seconds: 0 };
  bundles.forEach((bundle, i) => {
    const { pages, words } = counts[i]!;
    summary.pages += pages;
    summary.words += words;
    summary.bundles.push({ id: bundle.id, path: bundle.path, pages });
  });
  summary.bytes = await folderBytes(root);
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

export function describeSummary(summary: IndexSummary): string {
  const bundles = summary.bundles.map((b) => `${b.id} ${b.pages}`).join(", ");
  return (
    `Search index: ${summary.pages.toLocaleString("en")} page${summary.pages === 1 ? "" : "s"}, ${summary.words.toLocaleString("en")} words ` +
    `in ${summary.bundles.length} bundle${summary.bundles.length === 1 ? "" : "s"} (${bundles}), ` +
    `${(summary.bytes / 1024).toFixed(0)} kB, ${summary.seconds.toFixed(1)} s`
  );
}

/**
 * `npm start`: the index is rebuilt in the background after each change, one run at a time;
 * edits made meanwhile fold into one more run, so the dev server never waits for it.
 * `npm run build` indexes beside its Eleventy runs itself (src/cli/build.ts).
 */
export default function searchIndex(eleventyConfig: EleventyConfig): void {
  let background: Promise<void> | undefined;
  let again: string | undefined;

  const indexInBackground = (output: string): void => {
    if (background) {
      again = output;
      return;
    }
    background = getArchive()
      .then((archive) => buildSearchIndex(archive.articles, output, settings.searchShardSize))
      .then(
        (summary) => console.log(describeSummary(summary)),
        (error: unknown) => console.error(`${error instanceof Error ? error.message : String(error)} (search is out of date until the next change)`),
      )
      .finally(() => {
        background = undefined;
        if (again) {
          const next = again;
          again = undefined;
          indexInBackground(next);
        }
      });
  };

  // After a good rebuild only: a failed one has no new model to index, and its error is
  // reported once, by the dev server. `npm run build` indexes beside its runs itself.
  eleventyConfig.on("eleventy.after", ({ directories, runMode }) => {
    if (runMode !== "build") indexInBackground(directories.output);
  });
}
