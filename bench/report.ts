/** The bench's results as a Markdown table, with the machine they were measured on. */
import os from "node:os";
import type { ArchiveStats } from "./generate.ts";
import { OUTPUT_KINDS, type OutputStats } from "./output-stats.ts";
import type { MeasuredRun } from "./process-tree.ts";
import { pairRatios, runFigures, spread, type Pair, type RunFigures, type Spread } from "./pairs.ts";
import type { SearchMeasurement } from "./search-payload.ts";

export interface SizeResult {
  size: number;
  corpus: ArchiveStats;
  generateSeconds: number;
  /** The counted pairs, in the order run; `floor` is absent under --no-floor. */
  pairs: Pair[];
  fullOutput: OutputStats;
  floorOutput: OutputStats;
  search?: SearchMeasurement;
  /** Why the search measurement is missing, when it is. */
  searchSkipped?: string;
  /** The size's first full build, warm-up or not: the one that filled the image cache. */
  firstFull?: MeasuredRun;
}

/** What a build printed about its images: "Images: 6 processed, 0 from cache in 9.1 s; …". */
function imageLine(run: MeasuredRun): string {
  return run.stdout.split("\n").find((line) => line.startsWith("Images: "))?.slice("Images: ".length) ?? "no image line";
}

const MiB = 1024 * 1024;

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * MiB) return `${(bytes / 1024 / MiB).toFixed(2)} GiB`;
  if (bytes >= MiB) return `${(bytes / MiB).toFixed(bytes >= 100 * MiB ? 0 : 1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(bytes >= 100 * 1024 ? 0 : 1)} kB`;
  return `${bytes} B`;
}

function seconds(value: number): string {
  return value.toFixed(value >= 100 ? 0 : 1);
}

export function machineDescription(now: Date = new Date()): string {
  const cpus = os.cpus();
  return `${cpus.length} × ${cpus[0]?.model.trim() ?? "unknown CPU"}, ${formatBytes(os.totalmem())} memory, Node ${process.version}, ${os.type()} ${os.release()}, ${now.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

function range(value: Spread, digits = 1): string {
  return `${value.min.toFixed(digits)}–${value.max.toFixed(digits)}`;
}

interface Figures {
  full: RunFigures;
  floor?: RunFigures;
  ratios: number[];
  fullOk: boolean;
  floorOk: boolean;
}

function figuresOf(r: SizeResult): Figures {
  const floors = r.pairs.flatMap((p) => (p.floor ? [p.floor] : []));
  const figures: Figures = {
    full: runFigures(r.pairs.map((p) => p.full)),
    ratios: pairRatios(r.pairs),
    fullOk: r.pairs.length > 0 && r.pairs.every((p) => p.full.exitCode === 0),
    floorOk: floors.length > 0 && floors.every((p) => p.exitCode === 0),
  };
  if (floors.length) figures.floor = runFigures(floors);
  return figures;
}

export function resultsTable(results: readonly SizeResult[]): string {
  const header = [
    "articles",
    "pairs",
    "output pages",
    "build s",
    "build min–max",
    "floor s",
    "floor min–max",
    "ratio",
    "pair ratios",
    "CPU user / system s",
    "floor CPU user / system s",
    "peak RSS (largest process)",
    "peak RSS (sum of processes)",
    "floor peak RSS",
    "output",
    "bytes / article",
    "index size",
    "search payload",
    "tag filter: first result",
    "/tags/",
    "/archive/",
  ];
  const rows = results.map((r) => {
    const f = figuresOf(r);
    const floor = f.floor;
    const floorSkipped = !floor;
    const ratio = floorSkipped ? "n/a" : f.fullOk && f.floorOk ? `${spread(f.ratios).median.toFixed(2)}×` : "failed";
    const search = r.search
      ? `${formatBytes(r.search.commonWord.total)} (chunks ${formatBytes(r.search.commonWord.chunks)})`
      : `n/a${r.searchSkipped ? ` (${r.searchSkipped})` : ""}`;
    const filter = r.search?.tagFilter ? `${Math.round(r.search.tagFilter.milliseconds)} ms (${r.search.tagFilter.results} results)` : "n/a";
    const cpu = (figures: RunFigures) => `${seconds(figures.user.median)} / ${seconds(figures.system.median)}`;
    return [
      r.size.toLocaleString("en"),
      String(r.pairs.length),
      f.fullOk ? r.fullOutput.pages.toLocaleString("en") : "failed",
      f.fullOk ? seconds(f.full.seconds.median) : "failed",
      f.fullOk ? range(f.full.seconds) : "n/a",
      floorSkipped ? "skipped" : f.floorOk ? seconds(floor.seconds.median) : "failed",
      floor && f.floorOk ? range(floor.seconds) : "n/a",
      ratio,
      f.ratios.length ? f.ratios.map((x) => `${x.toFixed(2)}×`).join(", ") : "n/a",
      f.fullOk ? cpu(f.full) : "n/a",
      floor && f.floorOk ? cpu(floor) : "n/a",
      formatBytes(f.full.peakBytes),
      formatBytes(f.full.peakSumBytes),
      floor && f.floorOk ? formatBytes(floor.peakBytes) : "skipped",
      formatBytes(r.fullOutput.bytes),
      formatBytes(Math.round(r.fullOutput.bytes / r.size)),
      r.fullOutput.indexFiles ? formatBytes(r.fullOutput.indexBytes) : "none",
      search,
      filter,
      r.fullOutput.tagsPageBytes === undefined ? "n/a" : formatBytes(r.fullOutput.tagsPageBytes),
      r.fullOutput.archivePageBytes === undefined ? "n/a" : formatBytes(r.fullOutput.archivePageBytes),
    ];
  });
  return [header, header.map(() => "---"), ...rows].map((cells) => `| ${cells.join(" | ")} |`).join("\n");
}

/** Where the bytes go: each page kind's files and bytes, and its share per article. */
function byKind(r: SizeResult): string {
  const kinds = OUTPUT_KINDS.map((kind) => {
    const k = r.fullOutput.byKind[kind];
    return `${kind} ${formatBytes(k.bytes)} (${k.files.toLocaleString("en")} files, ${formatBytes(Math.round(k.bytes / r.size))} / article)`;
  });
  return `- output by kind: ${kinds.join("; ")}`;
}

/** One row per size and query: a fresh visit of /search/ with the query in its URL (bench/search-payload.ts). */
export function searchTable(results: readonly SizeResult[]): string {
  const header = ["articles", "query", "first results", "bytes", "code", "metadata", "chunks", "fragments", "requests", "results", "known item's rank"];
  const rows = results.flatMap((r) =>
    (r.search?.queries ?? []).map((q) => [
      r.size.toLocaleString("en"),
      `${q.label}: \`${decodeURIComponent(q.query.replace(/\+/g, " "))}\``,
      `${Math.round(q.milliseconds)} ms`,
      formatBytes(q.total),
      formatBytes(q.code),
      formatBytes(q.meta),
      formatBytes(q.chunks),
      formatBytes(q.fragments),
      String(q.requests),
      q.results.toLocaleString("en"),
      q.rank === undefined ? "" : q.rank > 0 ? String(q.rank) : "not on page 1",
    ]),
  );
  if (!rows.length) return "";
  return ["#### Search (fresh visit of /search/?…, Chromium, gzip as served)", "", ...[header, header.map(() => "---"), ...rows].map((cells) => `| ${cells.join(" | ")} |`)].join("\n");
}

export function resultsDetails(results: readonly SizeResult[]): string {
  return results
    .map((r) => {
      const f = figuresOf(r);
      const last = r.pairs[r.pairs.length - 1];
      const pairLines = r.pairs.map((p, i) => {
        const run = (label: string, m: typeof p.full) =>
          `${label} ${seconds(m.seconds)} s (user ${m.userSeconds.toFixed(1)}, system ${m.systemSeconds.toFixed(1)}, largest ${formatBytes(m.peakBytes)})`;
        const ratio = p.floor && p.floor.exitCode === 0 && p.full.exitCode === 0 ? `, ratio ${(p.full.seconds / p.floor.seconds).toFixed(2)}×` : "";
        return `  - pair ${i + 1}: ${run("full", p.full)}${p.floor ? `; ${run("floor", p.floor)}` : ""}${ratio}`;
      });
      const lines = [
        `### ${r.size.toLocaleString("en")} articles`,
        `- corpus: ${r.corpus.persian} Persian articles, ${r.corpus.tags} tags (top: ${r.corpus.topTag.name} on ${(r.corpus.topTag.share * 100).toFixed(0)}%), ${r.corpus.minWords}–${r.corpus.maxWords} words, ${formatBytes(r.corpus.bytes)} of Markdown, generated in ${r.generateSeconds.toFixed(1)} s`,
        `- pairs (${r.pairs.length}):`,
        ...pairLines,
      ];
      if (last) {
        lines.push(
          `- full build (last pair): ${seconds(last.full.seconds)} s, tree peak ${formatBytes(last.full.treePeakBytes)}, sum of process peaks ${formatBytes(f.full.peakSumBytes)}; processes: ${last.full.processes
            .slice(0, 6)
            .map((p) => `\`${p.command}\` ${formatBytes(p.peakBytes)}, ${p.userSeconds.toFixed(1)} s user + ${p.systemSeconds.toFixed(1)} s system`)
            .join(", ")}`,
        );
        lines.push(
          !last.floor
            ? "- floor: skipped (--no-floor)"
            : `- floor: ${seconds(last.floor.seconds)} s, ${r.floorOutput.pages.toLocaleString("en")} pages, ${formatBytes(r.floorOutput.bytes)}, peak ${formatBytes(last.floor.peakBytes)}, ${last.floor.userSeconds.toFixed(1)} s user + ${last.floor.systemSeconds.toFixed(1)} s system`,
        );
        lines.push(`- full build output: ${last.full.stdout.trim().split("\n").filter((line) => /Search index|Wrote|Built|Warning/.test(line)).join(" / ")}`);
      }
      lines.push(
        byKind(r),
        `- largest page: ${r.fullOutput.largestPage.path} ${formatBytes(r.fullOutput.largestPage.bytes)}; ${r.fullOutput.files.toLocaleString("en")} files, index ${r.fullOutput.indexFiles.toLocaleString("en")} files`,
      );
      if (r.firstFull && last) {
        lines.push(`- images: first full build (${seconds(r.firstFull.seconds)} s, empty image cache) ${imageLine(r.firstFull)}; last counted build ${imageLine(last.full)}`);
      }
      if (r.search) {
        lines.push(`- known item: "${r.search.knownItem.title}" (${r.search.knownItem.path})`);
        const c = r.search.commonWord;
        lines.push(
          `- search "${r.search.query}" (${r.search.method}): ${formatBytes(c.total)} in ${c.requests} requests — code ${formatBytes(c.code)}, metadata ${formatBytes(c.meta)}, chunks ${formatBytes(c.chunks)}, fragments ${formatBytes(c.fragments)}; ${Math.round(c.milliseconds)} ms to results`,
        );
        if (r.search.tagFilter) {
          const t = r.search.tagFilter;
          lines.push(`- tag filter "${t.tag}" (fresh visit, search page): first result after ${Math.round(t.milliseconds)} ms, ${t.results} results, ${formatBytes(t.bytes)}`);
        }
      }
      const failed = r.pairs.flatMap((p, i) => [
        p.full.exitCode !== 0 ? `pair ${i + 1}: full build failed:\n\n\`\`\`\n${p.full.stderr.slice(-2000)}\n\`\`\`` : "",
        p.floor && p.floor.exitCode > 0 ? `pair ${i + 1}: floor failed:\n\n\`\`\`\n${p.floor.stderr.slice(-2000)}\n\`\`\`` : "",
      ]).filter(Boolean);
      return [...lines, ...failed].join("\n");
    })
    .join("\n\n");
}
