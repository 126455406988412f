/**
 * Writes the search index's bundles with Pagefind, on the indexing thread
 * (src/search/index-worker.ts, started by src/search/indexer.ts). It is given plain records
 * and folders, nothing of the archive model, and touches nothing but the index's folder.
 */
import { mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import * as pagefind from "pagefind";
import { forEachConcurrently } from "../util/concurrency.ts";
import { folderBytes } from "../util/folder-bytes.ts";
import { keepBundleFile, recordHtml, type RecordSource } from "./records.ts";
import { withWatchedPagefind, type WatchedCall } from "./pagefind-process.ts";
import { lanePins } from "./cpus.ts";

export class SearchIndexError extends Error {
  constructor(readonly detail: string) {
    super(`Search index: ${detail}`);
    this.name = "SearchIndexError";
  }
}

/** One bundle to write: where, in which language, and its articles' records. */
export interface BundleJob {
  /** Folder under the site's output. */
  folder: string;
  primary: boolean;
  indexLanguage?: string;
  records: RecordSource[];
}

/** What the indexing thread is given. */
export interface IndexJob {
  /** The index's root folder, emptied first; every bundle's folder is in it. */
  root: string;
  bundles: BundleJob[];
}

export interface BundleCounts {
  pages: number;
  /** Sum over pages of the distinct words Pagefind indexed on each. */
  words: number;
}

export interface WrittenIndex {
  counts: BundleCounts[];
  bytes: number;
}

/** The indexing thread's one message: what it wrote, or what went wrong (a SearchIndexError's detail). */
export type IndexOutcome = { written: WrittenIndex; error?: undefined } | { written?: undefined; error: string };

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

async function writeBundle(pagefind: PagefindApi, call: WatchedCall, bundle: BundleJob): Promise<BundleCounts> {
  const { index, errors } = await call(() => pagefind.createIndex(bundle.indexLanguage ? { forceLanguage: bundle.indexLanguage } : {}));
  if (!index) throw new SearchIndexError(`Pagefind could not start: ${errors.join("; ")}`);
  const counts: BundleCounts = { pages: 0, words: 0 };
  await forEachConcurrently(bundle.records, IN_FLIGHT, async (record) => {
    const response = await call(() => index.addHTMLFile({ url: record.url, content: recordHtml(record) }));
    if (response.errors.length) throw new SearchIndexError(`${record.sourcePath}: ${response.errors.join("; ")}`);
    counts.words += response.file.uniqueWords;
    counts.pages++;
  });

  const written = await call(() => index.writeFiles({ outputPath: bundle.folder }));
  if (written.errors.length) throw new SearchIndexError(`writing ${bundle.folder}: ${written.errors.join("; ")}`);
  await call(() => index.deleteIndex());
  // Pagefind writes its own UIs, worker and highlighter into every bundle; the site uses
  // its own small UI on pagefind.js, so only what a search fetches is published. Done
  // blocking: the build's page writes fill libuv's threads, and this would wait behind them.
  for (const file of readdirSync(bundle.folder)) {
    if (!keepBundleFile(file, bundle.primary)) rmSync(path.join(bundle.folder, file), { recursive: true, force: true });
  }
  return counts;
}

/**
 * Writes every bundle, a bundle per lane at a time; each lane's Pagefind process is
 * restarted between bundles so its memory never holds more than one shard.
 */
export async function writeBundles(job: IndexJob): Promise<WrittenIndex> {
  rmSync(job.root, { recursive: true, force: true });
  mkdirSync(job.root, { recursive: true });
  const counts: BundleCounts[] = [];
  const pins = lanePins(INDEXING_LANES);
  const { bundles } = job;
  // Largest bundles first, so no lane is left with a big one when the other is done.
  const order = bundles.map((_, at) => at).sort((a, b) => bundles[b]!.records.length - bundles[a]!.records.length || a - b);
  await forEachConcurrently(order, INDEXING_LANES, async (at, _, lane) => {
    const bundle = bundles[at]!;
    const api = await pagefindForLane(lane);
    // The session ends by closing, which restarts the lane's process for its next bundle:
    // memory holds one shard at a time.
    counts[at] = await withWatchedPagefind(api, (call) => writeBundle(api, call, bundle), { pin: pins[lane] });
    // Its records are not needed again: a large archive's text is let go of bundle by bundle.
    bundle.records = [];
  });
  return { counts, bytes: await folderBytes(job.root) };
}
