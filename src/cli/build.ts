/**
 * `npm run build`: validates every article, then writes the site into a fresh folder
 * beside `_site/` and swaps it in only when everything (pages, feeds, search index)
 * succeeded. A failed build leaves the last good site as it was.
 */
import { rmSync } from "node:fs";
import { mkdir, readdir, rm, rename, stat } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { buildSearchIndex, describeSummary } from "../search/indexer.ts";
import { loadArchive, type Archive } from "../model/archive.ts";
import { provideArchive } from "../model/store.ts";
import { settings } from "../settings.ts";
import { writeOpenData } from "../outputs/open-data-writer.ts";
import { createEleventy } from "../eleventy/runner.ts";
import { ContentError, formatProblem, type Problem } from "../model/problems.ts";
import { describeWriteError, OutputError } from "./output-errors.ts";
import { buildNow, describeSchedule, SettingError } from "../model/publication.ts";
import { describeBuildFailure } from "./build-failure.ts";
import { isRunning } from "../util/process.ts";
import { paths } from "../render/urls.ts";
import { removeInBackground, sizeWarning } from "./site-size.ts";
import { folderBytes } from "../util/folder-bytes.ts";

async function exists(target: string): Promise<boolean> {
  return stat(target).then(
    () => true,
    () => false,
  );
}


/**
 * Folders left beside the output by builds that were killed mid-way: a staging folder is
 * unfinished and goes; a retired folder is the last good site, put back if the kill came
 * between the two renames and left no site in place, and otherwise removed (its build's
 * background removal was cut short, or is still under way).
 */
async function recoverAbandoned(output: string): Promise<void> {
  const prefix = `${path.basename(output)}.`;
  let names: string[];
  try {
    names = (await readdir(path.dirname(output))).sort();
  } catch {
    return;
  }
  for (const name of names) {
    const match = /^(staging|retired)-(\d+)$/.exec(name.startsWith(prefix) ? name.slice(prefix.length) : "");
    if (!match || Number(match[2]) === process.pid || isRunning(Number(match[2]))) continue;
    const folder = path.join(path.dirname(output), name);
    if (match[1] === "retired" && !(await exists(output))) await rename(folder, output);
    // A retired site may still be being removed by its build's detached remover: the two
    // removals race over the same files, so one that trips on the other tries once more.
    else await rm(folder, { recursive: true, force: true }).catch(() => rm(folder, { recursive: true, force: true, maxRetries: 3 }));
  }
}

/**
 * Writes every page into `staging` while the search index is built beside them (Pagefind's
 * own processes, on the other core): one Eleventy run for most archives; for large ones,
 * several runs over the same model, each writing every n-th item of every template.
 * Returns the bytes written, counted while the index is still being built.
 */
async function writePages(archive: Archive, staging: string): Promise<number> {
  const pages = archive.articles.length + archive.listings.length + archive.tags.length;
  const passes = Math.max(1, Math.ceil(pages / settings.pagesPerPass));
  const index = buildSearchIndex(archive.articles, staging, settings.searchShardSize);
  index.catch(() => {});
  // Eleventy empties nothing it did not write, so /data/ can stream in beside the pages.
  const data = mkdir(staging, { recursive: true }).then(() => writeOpenData(archive, staging));
  data.catch(() => {});
  try {
    for (let pass = 0; pass < passes; pass++) {
      const eleventy = await createEleventy(staging, "build", true, { index: pass, count: passes });
      await eleventy.write();
    }
    await data;
  } catch (error) {
    // Let the indexer and the data writer stop writing into the folder before the caller removes it.
    await Promise.allSettled([index, data]);
    throw error;
  }
  const pagesBytes = folderBytes(staging, paths.pagefind.split("/").filter(Boolean)[0]);
  pagesBytes.catch(() => {});
  const summary = await index;
  console.log(`${describeSummary(summary)}${passes > 1 ? ` (beside ${passes} Eleventy passes)` : ""}`);
  return (await pagesBytes) + summary.bytes;
}

export async function build(output: string): Promise<void> {
  await recoverAbandoned(output);
  // One clock for the whole build: what is published is decided once, here.
  const options = { now: buildNow() };
  const archive = await loadArchive(settings.articlesDir, process.cwd(), options);
  printWarnings(archive.warnings ?? []);
  provideArchive(archive, options);

  const staging = `${output}.staging-${process.pid}`;
  const retired = `${output}.retired-${process.pid}`;
  // Made here, before any page is rendered, so an output folder that cannot be written
  // is said plainly, rather than as an error from deep inside Eleventy.
  try {
    await rm(staging, { recursive: true, force: true });
    await mkdir(staging, { recursive: true });
  } catch (error) {
    throw new OutputError(output, error);
  }
  // Work started by a stage that failed (the search indexer runs beside the page writer)
  // may still write into the staging folder after the failure: sweep it once more on exit.
  const sweep = () => rmSync(staging, { recursive: true, force: true });
  process.once("exit", sweep);
  let bytes: number;
  try {
    bytes = await writePages(archive, staging);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  // Two renames: the old site is whole until the new one is complete and in place.
  const hadSite = await exists(output);
  if (hadSite) await rename(output, retired);
  try {
    await rename(staging, output);
  } catch (error) {
    if (hadSite) await rename(retired, output);
    throw error;
  }
  process.off("exit", sweep);
  if (hadSite) removeInBackground(retired);
  warnAboutReviews(archive);
  console.log(`Built ${archive.articles.length} articles, ${archive.listings.length} list pages and ${archive.tags.length} tag pages into ${output}/`);
  const schedule = describeSchedule(archive.schedule);
  if (schedule) console.log(schedule);
  const warning = sizeWarning(bytes, settings.siteSizeWarningBytes, archive.articles.length);
  if (warning) console.warn(warning);
}

function printWarnings(warnings: readonly Problem[]): void {
  for (const warning of warnings) console.warn(`Warning: ${formatProblem(warning)}`);
}

/** Published articles whose importer note (`review:`) an editor has not cleared yet. */
function warnAboutReviews(archive: Archive): void {
  const pending = archive.articles.filter((article) => article.review);
  if (pending.length === 0) return;
  const lines = pending.map((article) => `  ${article.sourcePath}: ${article.review}`);
  console.warn(`Warning: ${pending.length} ${pending.length === 1 ? "article awaits" : "articles await"} an editor (delete its \`review:\` line once done):\n${lines.join("\n")}`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { output: { type: "string", default: "_site" } } });
  const output = path.resolve(values.output ?? "_site");
  try {
    await build(output);
  } catch (error) {
    const writeError = describeWriteError(error);
    if (error instanceof ContentError || error instanceof SettingError) {
      if (error instanceof ContentError) printWarnings(error.warnings);
      console.error(`Build stopped: ${error.message}`);
    } else if (error instanceof OutputError || writeError) {
      console.error(`Build failed: ${error instanceof OutputError ? error.message : writeError}`);
    } else {
      // Eleventy no longer prints failures itself (eleventy-runner.ts): this is the one report.
      console.error(`Build failed: ${describeBuildFailure(error)}`);
    }
    const shown = path.relative(process.cwd(), output);
    console.error(`The previous site in ${shown && !shown.startsWith("..") ? shown : output}/ was left as it was.`);
    process.exitCode = 1;
  }
}

await main();
