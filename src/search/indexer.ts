/**
 * Builds the Pagefind index from the archive model. The bundles (src/search/records.ts) are
 * planned here and written on a thread of their own (src/search/bundle-writer.ts), which
 * feeds two Pagefind processes: `npm run build` starts it beside its Eleventy runs
 * (src/cli/build.ts), and Eleventy's rendering, which holds this thread for seconds at a
 * time, no longer holds up Pagefind. In `npm start` the plugin below rebuilds it in the
 * background after each change, so a rebuilt page never waits for it.
 * A Pagefind process that dies or stops answering fails the index at once
 * (src/search/pagefind-process.ts); in `npm start` the failure is reported and the next
 * change tries again.
 */
import { site } from "../_data/site.ts";
import { getArchive } from "../model/store.ts";
import { settings } from "../settings.ts";
import { typescriptWorker } from "../util/typescript-worker.ts";
import type { Archive, Article } from "../model/archive.ts";
import type { EleventyConfig } from "../eleventy/pages.ts";
import { bundlePlan, recordSource, type SearchBundle } from "./records.ts";
import { outputPath, paths } from "../render/urls.ts";
import { SearchIndexError, type IndexJob, type IndexOutcome, type WrittenIndex } from "./bundle-writer.ts";

export interface IndexSummary {
  pages: number;
  /** Sum over pages of the distinct words Pagefind indexed on each. */
  words: number;
  bundles: { id: string; path: string; pages: number }[];
  bytes: number;
  seconds: number;
}

/** Indexes the archive into `<outputDir>/pagefind/`; whatever went wrong is reported as the index's. */
export async function buildSearchIndex(articles: readonly Article[], outputDir: string, shardSize: number): Promise<IndexSummary> {
  const started = performance.now();
  const planned = bundlePlan(articles, site.language, shardSize);
  // An archive with no articles yet still publishes Pagefind's script, so /pagefind/ exists.
  const bundles: SearchBundle[] = planned.length ? planned : [{ id: "empty", language: site.language, path: paths.pagefind, articles: [], scripts: [] }];
  const job: IndexJob = {
    root: outputPath(outputDir, paths.pagefind),
    bundles: bundles.map((bundle) => ({
      folder: outputPath(outputDir, bundle.path),
      primary: bundle.path === paths.pagefind,
      ...(bundle.indexLanguage ? { indexLanguage: bundle.indexLanguage } : {}),
      records: bundle.articles.map(recordSource),
    })),
  };
  const { counts, bytes } = await onIndexingThread(job);
  const summary: IndexSummary = { pages: 0, words: 0, bundles: [], bytes, seconds: 0 };
  bundles.forEach((bundle, i) => {
    const { pages, words } = counts[i]!;
    summary.pages += pages;
    summary.words += words;
    summary.bundles.push({ id: bundle.id, path: bundle.path, pages });
  });
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

/** Runs the job on the indexing thread (src/search/index-worker.ts); settles once it has stopped. */
function onIndexingThread(job: IndexJob): Promise<WrittenIndex> {
  return new Promise((resolve, reject) => {
    let outcome: IndexOutcome | undefined;
    const worker = typescriptWorker(new URL("./index-worker.ts", import.meta.url), job);
    worker.once("message", (message: IndexOutcome) => {
      outcome = message;
      // Its Pagefind sessions are closed; nothing it still holds is needed.
      void worker.terminate();
    });
    worker.once("error", (error) => (outcome ??= { error: error.message }));
    worker.once("exit", () => {
      if (outcome?.written) resolve(outcome.written);
      else reject(new SearchIndexError(outcome?.error ?? "the indexing thread stopped before it finished"));
    });
  });
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
  let again: { output: string; archive: Promise<Archive> } | undefined;

  const indexInBackground = (output: string, archive: Promise<Archive>): void => {
    if (background) {
      again = { output, archive };
      return;
    }
    background = archive
      .then(({ articles }) => buildSearchIndex(articles, output, settings.searchShardSize))
      .then(
        (summary) => console.log(describeSummary(summary)),
        (error: unknown) => console.error(`${error instanceof Error ? error.message : String(error)} (search is out of date until the next change)`),
      )
      .finally(() => {
        background = undefined;
        if (again) {
          const next = again;
          again = undefined;
          indexInBackground(next.output, next.archive);
        }
      });
  };

  // After a good rebuild only: a failed one has no new model to index, and its error is
  // reported once, by the dev server. The model is the one that rebuild rendered, taken now:
  // asked for when a run still under way is done, it would be read again from files an
  // editor may have broken meanwhile, and their error reported twice. `npm run build`
  // indexes beside its runs itself.
  eleventyConfig.on("eleventy.after", ({ directories, runMode }) => {
    if (runMode !== "build") indexInBackground(directories.output, getArchive());
  });
}
