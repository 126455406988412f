/**
 * `npm run bench [-- --sizes 1000,10000,100000]`: for each size, generates one archive
 * (deterministic, bench/generate.ts) and builds it twice, each in its own measured
 * process tree: the full archive (`src/cli/build.ts`: pages, feeds, search index) and the
 * bare Eleventy floor (bench/floor.config.mjs: the same Markdown through one layout).
 * Then it measures the search payload in Chromium and writes the table to bench/results.md.
 *
 * Options: --sizes N,N  --seed N  --out FILE (default bench/results.md)  --no-search  --no-floor
 * --keep (leave the generated archives and outputs in the work folder)  --work DIR
 * --no-second (skip the second build, which measures the image cache).
 *
 * Every third article has a lead image (a few distinct photos, bench/images.ts); the
 * full build runs twice on one image cache, and the results give each run's image work.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_SEED, COMMON_QUERY, writeArchive } from "./generate.ts";
import { outputStats } from "./output-stats.ts";
import { measureCommand, type MeasuredRun } from "./process-tree.ts";
import { machineDescription, resultsDetails, resultsTable, searchTable, type SizeResult } from "./report.ts";
import { chromiumAvailable, measureSearch } from "./search-payload.ts";
import { queryCollector } from "./search-queries.ts";
import { startBenchServer } from "./static-server.ts";
import { writeBenchImages } from "../bench/images.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const ELEVENTY_CLI = path.join(ROOT, "node_modules/@11ty/eleventy/cmd.cjs");
const FLOOR_CONFIG = path.join(ROOT, "bench/floor.config.mjs");
const START = "<!-- bench:start -->";
const END = "<!-- bench:end -->";

/** Stands in for the floor under --no-floor (a size too large to build twice in the time at hand). */
function skippedRun(): MeasuredRun {
  return { exitCode: -1, seconds: 0, processes: [], peakBytes: 0, treePeakBytes: 0, stdout: "", stderr: "skipped (--no-floor)" };
}

function parseSizes(text: string): number[] {
  const sizes = text.split(",").map((s) => Number(s.trim().replace(/_/g, "")));
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes: "${text}" must be whole numbers separated by commas, e.g. 1000,10000`);
  return sizes;
}

/** Replaces the bench's own section of the results file; notes written around it are kept. */
function writeResults(file: string, section: string): void {
  const block = `${START}\n${section}\n${END}`;
  let text = existsSync(file) ? readFileSync(file, "utf8") : "";
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start >= 0 && end > start) text = text.slice(0, start) + block + text.slice(end + END.length);
  else text = `# Benchmark results\n\nWritten by \`npm run bench\`.\n\n${block}\n`;
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: "string", default: "1000,10000" },
      seed: { type: "string", default: String(DEFAULT_SEED) },
      out: { type: "string", default: path.join(ROOT, "bench/results.md") },
      work: { type: "string" },
      keep: { type: "boolean", default: false },
      "no-search": { type: "boolean", default: false },
      "no-floor": { type: "boolean", default: false },
      "no-second": { type: "boolean", default: false },
    },
  });
  const sizes = parseSizes(values.sizes!);
  const seed = Number(values.seed);
  const work = values.work ? path.resolve(values.work) : mkdtempSync(path.join(os.tmpdir(), "news-archive-bench-"));
  mkdirSync(work, { recursive: true });
  const searchSkipped = values["no-search"] ? "--no-search" : chromiumAvailable() ? undefined : "no Chromium";
  const server = await startBenchServer();
  const results: SizeResult[] = [];
  try {
    for (const size of sizes) {
      const folder = path.join(work, String(size));
      rmSync(folder, { recursive: true, force: true });
      const articles = path.join(folder, "articles");
      const site = path.join(folder, "site");
      const floorSite = path.join(folder, "floor");
      console.log(`\n== ${size.toLocaleString("en")} articles ==`);

      const generated = performance.now();
      const collector = queryCollector();
      const corpus = writeArchive(articles, { count: size, seed, leadImageEvery: 3 }, (article) => collector.add(article));
      await writeBenchImages(articles);
      const generateSeconds = (performance.now() - generated) / 1000;
      console.log(`generated in ${generateSeconds.toFixed(1)} s`);

      const env = { ...process.env, ARTICLES_DIR: articles, SITE_URL: server.url, IMAGE_CACHE_DIR: path.join(folder, "image-cache") };
      const buildArgs = ["--import", "tsx", path.join(ROOT, "src/cli/build.ts"), "--output", site];
      const full = await measureCommand(process.execPath, buildArgs, { cwd: ROOT, env });
      console.log(`full build: ${full.seconds.toFixed(1)} s, exit ${full.exitCode}`);
      if (full.exitCode !== 0) console.error(full.stderr.slice(-4000));
      const second = values["no-second"] || full.exitCode !== 0 ? undefined : await measureCommand(process.execPath, buildArgs, { cwd: ROOT, env });
      if (second) console.log(`second build: ${second.seconds.toFixed(1)} s, exit ${second.exitCode}`);
      // Run from the size's own folder: Eleventy skips inputs its working folder's .gitignore
      // names, and a --work folder inside the project (tests/.output/) is ignored there.
      const floor = values["no-floor"] ? skippedRun() : await measureCommand(process.execPath, [ELEVENTY_CLI, `--config=${FLOOR_CONFIG}`, `--input=${articles}`, `--output=${floorSite}`, "--quiet"], {
        cwd: folder,
        env: { ...process.env, ELEVENTY_ENV: "bench" },
      });
      console.log(`floor: ${floor.seconds.toFixed(1)} s, exit ${floor.exitCode}`);
      if (floor.exitCode > 0) console.error(floor.stderr.slice(-4000));
      if (floor.exitCode === 0 && !values["no-floor"] && !existsSync(floorSite)) {
        floor.exitCode = 1;
        floor.stderr += `\nthe floor wrote nothing to ${floorSite}`;
      }

      const result: SizeResult = { size, corpus, generateSeconds, full, floor, fullOutput: outputStats(site), floorOutput: outputStats(floorSite) };
      if (second) result.second = second;
      rmSync(floorSite, { recursive: true, force: true });
      if (searchSkipped) result.searchSkipped = searchSkipped;
      else if (full.exitCode !== 0 || result.fullOutput.indexFiles === 0) result.searchSkipped = "no index";
      else {
        server.setRoot(site);
        try {
          result.search = await measureSearch(server, collector.queries(), corpus.topTag.name);
        } catch (error) {
          result.searchSkipped = `failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`;
        }
      }
      results.push(result);
      console.log(resultsTable([result]));
      if (!values.keep) rmSync(folder, { recursive: true, force: true });
    }
  } finally {
    await server.close();
    if (!values.keep && !values.work) rmSync(work, { recursive: true, force: true });
  }

  const section = [
    `Machine: ${machineDescription()}. Seed ${seed}. Peak RSS is each process's own high-water mark (VmHWM), the largest process of the tree shown; search payload is gzip bytes as served, for the first search of a visit for "${COMMON_QUERY}".`,
    "",
    resultsTable(results),
    "",
    searchTable(results),
    "",
    resultsDetails(results),
  ].join("\n");
  writeResults(path.resolve(values.out!), section);
  console.log(`\n${resultsTable(results)}\n\nWritten to ${path.relative(process.cwd(), path.resolve(values.out!))}`);
  if (results.some((r) => r.full.exitCode !== 0 || (r.floor.exitCode !== 0 && !values["no-floor"]))) process.exitCode = 1;
}

await main();
