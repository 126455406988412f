/**
 * `npm run build`: validates every article, then writes the site into a fresh folder
 * beside `_site/` and swaps it in only when everything (pages, feeds, search index)
 * succeeded. A failed build leaves the last good site as it was.
 */
import { rmSync } from "node:fs";
import { readdir, rm, rename, stat } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { buildSearchIndex, describeSummary } from "../config/search-index.ts";
import { loadArchive, type Archive } from "../lib/archive.ts";
import { articlesDirectory, provideArchive } from "../lib/archive-store.ts";
import { setBuildPass } from "../lib/eleventy.ts";
import { createEleventy } from "../lib/eleventy-runner.ts";
import { ContentError } from "../lib/problems.ts";

async function exists(target: string): Promise<boolean> {
  return stat(target).then(
    () => true,
    () => false,
  );
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Folders left beside the output by builds that were killed mid-way: a staging folder is
 * unfinished and goes; a retired folder is the last good site, put back if the kill came
 * between the two renames and left no site in place.
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
    else await rm(folder, { recursive: true, force: true });
  }
}

/**
 * Pages per Eleventy run. Eleventy holds every page it renders until its run ends (about
 * twice the bytes written, as UTF-16 strings), so an archive of 100,000 articles in one run
 * would need more than 8 GiB; in runs of this many pages each stays near 1.5 GiB.
 * BUILD_PAGES_PER_PASS overrides it (tests use tiny passes to prove the output is the same).
 */
export const PAGES_PER_PASS = 30_000;

function pagesPerPass(env: NodeJS.ProcessEnv = process.env): number {
  const written = env.BUILD_PAGES_PER_PASS;
  if (!written) return PAGES_PER_PASS;
  const value = Number(written);
  if (!Number.isInteger(value) || value < 1) throw new Error(`BUILD_PAGES_PER_PASS: "${written}" is not a positive whole number`);
  return value;
}

/**
 * Writes every page into `staging`: one Eleventy run for most archives; for large ones,
 * several runs over the same model, each writing every n-th item of every template, while
 * the search index is built once beside them (on the other core: Pagefind's own process).
 */
async function writePages(archive: Archive, staging: string): Promise<void> {
  const pages = archive.articles.length + archive.listings.length + archive.tags.length;
  const passes = Math.max(1, Math.ceil(pages / pagesPerPass()));
  if (passes === 1) {
    const eleventy = await createEleventy(staging);
    await eleventy.write();
    return;
  }
  const index = buildSearchIndex(archive.articles, staging);
  index.catch(() => {});
  try {
    for (let pass = 0; pass < passes; pass++) {
      setBuildPass({ index: pass, count: passes, indexedOutside: true });
      const eleventy = await createEleventy(staging);
      await eleventy.write();
    }
  } catch (error) {
    // Let the indexer stop writing into the folder before the caller removes it.
    await index.catch(() => {});
    throw error;
  } finally {
    setBuildPass({ index: 0, count: 1, indexedOutside: false });
  }
  console.log(`${describeSummary(await index)} (beside ${passes} Eleventy passes)`);
}

export async function build(output: string): Promise<void> {
  await recoverAbandoned(output);
  const archive = await loadArchive(articlesDirectory(), process.cwd());
  provideArchive(archive);

  const staging = `${output}.staging-${process.pid}`;
  const retired = `${output}.retired-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  // Work started by a stage that failed (the search indexer runs beside the page writer)
  // may still write into the staging folder after the failure: sweep it once more on exit.
  const sweep = () => rmSync(staging, { recursive: true, force: true });
  process.once("exit", sweep);
  try {
    await writePages(archive, staging);
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
  if (hadSite) await rm(retired, { recursive: true, force: true });
  warnAboutReviews(archive);
  console.log(`Built ${archive.articles.length} articles, ${archive.listings.length} list pages and ${archive.tags.length} tag pages into ${output}/`);
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
    if (error instanceof ContentError) {
      console.error(`Build stopped: ${error.message}`);
    } else {
      console.error(`Build failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
    console.error(`The previous site in ${path.relative(process.cwd(), output) || output}/ was left as it was.`);
    process.exitCode = 1;
  }
}

await main();
