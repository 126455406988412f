/**
 * `npm run bench [-- --sizes 1000,10000,100000]`: for each size, generates one archive
 * (deterministic, bench/generate.ts) and builds it in alternating pairs, each build in its
 * own measured process tree: the full archive (`npm run build`'s command: pages, feeds, search
 * index) and the bare Eleventy floor (bench/floor.config.mjs: the same Markdown through one
 * layout). Warm-up pairs come first and are not counted; within the counted pairs the order
 * alternates (full first, then floor first), and each build starts from an empty output
 * folder, as a fresh checkout in CI does. Then it measures the search payload in Chromium
 * and writes medians, ranges and per-pair ratios to bench/results.md.
 *
 * Options: --sizes N,N  --pairs N (default 3)  --warmup N (default 1)  --seed N
 * --out FILE (default bench/results.md)  --no-search  --no-floor
 * --keep (leave the generated archives and outputs in the work folder)  --work DIR.
 *
 * Every third article has a lead image (a few distinct photos, bench/images.ts). The image
 * cache lives beside the archive: the first full build (a warm-up, unless --warmup 0) fills
 * it, the counted builds find it filled, and the results give the image work of both.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { execFileSync } from "node:child_process";
import { DEFAULT_SEED, COMMON_QUERY, writeArchive } from "./generate.ts";
import { outputStats } from "./output-stats.ts";
import { measureCommand, type MeasuredRun } from "./process-tree.ts";
import type { Pair } from "./pairs.ts";
import { machineDescription, resultsDetails, resultsTable, searchTable, type SizeResult } from "./report.ts";
import { chromiumAvailable, measureSearch } from "./search-payload.ts";
import { queryCollector } from "./search-queries.ts";
import { startBenchServer } from "./static-server.ts";
import { writeBenchImages } from "../bench/images.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const ELEVENTY_CLI = path.join(ROOT, "node_modules/@11ty/eleventy/cmd.cjs");
const FLOOR_CONFIG = path.join(ROOT, "bench/floor.config.mjs");

/**
 * The arguments `npm run build` gives Node (package.json), run here with this Node and no
 * npm in between: the flags are part of what is measured, npm's start-up is not.
 */
function buildArguments(): string[] {
  const script = (JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts.build ?? "";
  const [program, ...args] = script.split(/\s+/);
  if (program !== "node") throw new Error(`bench: package.json's build script must run "node …" to be measured here, not: ${script}`);
  return args.map((arg) => (arg.endsWith(".ts") ? path.join(ROOT, arg) : arg));
}

const START = "<!-- bench:start -->";
const END = "<!-- bench:end -->";

function wholeNumber(name: string, text: string, least: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < least) throw new Error(`--${name}: "${text}" must be a whole number of at least ${least}`);
  return value;
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

/** The commit measured, and whether the work tree differed from it. */
function commitDescription(): string {
  try {
    const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--untracked-files=no"], { cwd: ROOT, encoding: "utf8" }).trim();
    return dirty ? `${commit} (with uncommitted changes)` : commit;
  } catch {
    return "unknown (not a git checkout)";
  }
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
      pairs: { type: "string", default: "3" },
      warmup: { type: "string", default: "1" },
    },
  });
  const pairCount = wholeNumber("pairs", values.pairs!, 1);
  const warmups = wholeNumber("warmup", values.warmup!, 0);
  const sizes = parseSizes(values.sizes!);
  const seed = Number(values.seed);
  const work = values.work ? path.resolve(values.work) : mkdtempSync(path.join(os.tmpdir(), "news-archive-bench-"));
  mkdirSync(work, { recursive: true });
  const searchSkipped = values["no-search"] ? "--no-search" : chromiumAvailable() ? undefined : "no Chromium";
  const buildArgs = buildArguments();
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
      const buildFull = async (label: string) => {
        rmSync(site, { recursive: true, force: true });
        const run = await measureCommand(process.execPath, [...buildArgs, "--output", site], { cwd: ROOT, env });
        console.log(`${label} full build: ${run.seconds.toFixed(1)} s (user ${run.userSeconds.toFixed(1)} s, system ${run.systemSeconds.toFixed(1)} s), exit ${run.exitCode}`);
        if (run.exitCode !== 0) console.error(run.stderr.slice(-4000));
        return run;
      };
      // Run from the size's own folder: Eleventy skips inputs its working folder's .gitignore
      // names, and a --work folder inside the project (tests/.output/) is ignored there.
      const buildFloor = async (label: string) => {
        rmSync(floorSite, { recursive: true, force: true });
        const run = await measureCommand(process.execPath, [ELEVENTY_CLI, `--config=${FLOOR_CONFIG}`, `--input=${articles}`, `--output=${floorSite}`, "--quiet"], {
          cwd: folder,
          env: { ...process.env, ELEVENTY_ENV: "bench" },
        });
        if (run.exitCode === 0 && !existsSync(floorSite)) {
          run.exitCode = 1;
          run.stderr += `\nthe floor wrote nothing to ${floorSite}`;
        }
        console.log(`${label} floor: ${run.seconds.toFixed(1)} s (user ${run.userSeconds.toFixed(1)} s, system ${run.systemSeconds.toFixed(1)} s), exit ${run.exitCode}`);
        if (run.exitCode > 0) console.error(run.stderr.slice(-4000));
        return run;
      };
      const pairs: Pair[] = [];
      let firstFull: MeasuredRun | undefined;
      for (let i = 0; i < warmups + pairCount; i++) {
        const label = i < warmups ? `warm-up ${i + 1}:` : `pair ${i - warmups + 1}:`;
        // Alternate which build goes first, so a machine that speeds up or slows down
        // during the run favours neither.
        const floorFirst = !values["no-floor"] && (i - warmups) % 2 === 1;
        const floorBefore = floorFirst ? await buildFloor(label) : undefined;
        const full = await buildFull(label);
        firstFull ??= full;
        const floor = values["no-floor"] ? undefined : (floorBefore ?? (await buildFloor(label)));
        if (floor?.exitCode === 0 && full.exitCode === 0) console.log(`${label} ratio ${(full.seconds / floor.seconds).toFixed(2)}×`);
        if (i >= warmups) pairs.push(floor ? { full, floor } : { full });
        if (full.exitCode !== 0) break;
      }

      const result: SizeResult = { size, corpus, generateSeconds, pairs, fullOutput: outputStats(site), floorOutput: outputStats(floorSite) };
      if (firstFull) result.firstFull = firstFull;
      rmSync(floorSite, { recursive: true, force: true });
      const full = pairs[pairs.length - 1]?.full;
      if (searchSkipped) result.searchSkipped = searchSkipped;
      else if (!full || full.exitCode !== 0 || result.fullOutput.indexFiles === 0) result.searchSkipped = "no index";
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
    `Machine: ${machineDescription()}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(" / ")} at the end. Commit ${commitDescription()}. Seed ${seed}. ${warmups} warm-up pair${warmups === 1 ? "" : "s"} and ${pairCount} counted pair${pairCount === 1 ? "" : "s"} per size, alternating which build goes first, each from an empty output folder; times are medians with min–max, the ratio is the median of each pair's own ratio. CPU is user and system seconds summed over each build's processes. Peak RSS is each process's own high-water mark (VmHWM): the largest process, and the sum of every process's peak; search payload is gzip bytes as served, for the first search of a visit for "${COMMON_QUERY}".`,
    "",
    resultsTable(results),
    "",
    searchTable(results),
    "",
    resultsDetails(results),
  ].join("\n");
  writeResults(path.resolve(values.out!), section);
  console.log(`\n${resultsTable(results)}\n\nWritten to ${path.relative(process.cwd(), path.resolve(values.out!))}`);
  if (results.some((r) => r.pairs.some((p) => p.full.exitCode !== 0 || (p.floor && p.floor.exitCode !== 0)))) process.exitCode = 1;
}

await main();
