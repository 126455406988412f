/** The bench's results as a Markdown table, with the machine they were measured on. */
import os from "node:os";
import type { ArchiveStats } from "./generate.ts";
import type { OutputStats } from "./output-stats.ts";
import type { MeasuredRun } from "./process-tree.ts";
import type { SearchMeasurement } from "./search-payload.ts";

export interface SizeResult {
  size: number;
  corpus: ArchiveStats;
  generateSeconds: number;
  full: MeasuredRun;
  floor: MeasuredRun;
  fullOutput: OutputStats;
  floorOutput: OutputStats;
  search?: SearchMeasurement;
  /** Why the search measurement is missing, when it is. */
  searchSkipped?: string;
  /** The same build again, with the image cache the first one filled. */
  second?: MeasuredRun;
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

export function resultsTable(results: readonly SizeResult[]): string {
  const header = [
    "articles",
    "output pages",
    "build s",
    "floor s",
    "ratio",
    "peak RSS (largest process)",
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
    const ok = r.full.exitCode === 0;
    const floorSkipped = r.floor.exitCode === -1;
    const ratio = floorSkipped ? "n/a" : ok && r.floor.exitCode === 0 ? `${(r.full.seconds / r.floor.seconds).toFixed(2)}×` : "failed";
    const search = r.search
      ? `${formatBytes(r.search.commonWord.total)} (chunks ${formatBytes(r.search.commonWord.chunks)})`
      : `n/a${r.searchSkipped ? ` (${r.searchSkipped})` : ""}`;
    const filter = r.search?.tagFilter ? `${Math.round(r.search.tagFilter.milliseconds)} ms (${r.search.tagFilter.results} results)` : "n/a";
    return [
      r.size.toLocaleString("en"),
      ok ? r.fullOutput.pages.toLocaleString("en") : "failed",
      ok ? seconds(r.full.seconds) : `failed (${seconds(r.full.seconds)})`,
      floorSkipped ? "skipped" : r.floor.exitCode === 0 ? seconds(r.floor.seconds) : "failed",
      ratio,
      formatBytes(r.full.peakBytes),
      floorSkipped ? "skipped" : formatBytes(r.floor.peakBytes),
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
      const lines = [
        `### ${r.size.toLocaleString("en")} articles`,
        `- corpus: ${r.corpus.persian} Persian articles, ${r.corpus.tags} tags (top: ${r.corpus.topTag.name} on ${(r.corpus.topTag.share * 100).toFixed(0)}%), ${r.corpus.minWords}–${r.corpus.maxWords} words, ${formatBytes(r.corpus.bytes)} of Markdown, generated in ${r.generateSeconds.toFixed(1)} s`,
        `- full build: ${seconds(r.full.seconds)} s, tree peak ${formatBytes(r.full.treePeakBytes)}; processes: ${r.full.processes
          .slice(0, 4)
          .map((p) => `\`${p.command}\` ${formatBytes(p.peakBytes)}, ${p.cpuSeconds.toFixed(1)} s CPU`)
          .join(", ")}`,
        r.floor.exitCode === -1 ? "- floor: skipped (--no-floor)" : `- floor: ${seconds(r.floor.seconds)} s, ${r.floorOutput.pages.toLocaleString("en")} pages, ${formatBytes(r.floorOutput.bytes)}, peak ${formatBytes(r.floor.peakBytes)}, ${r.floor.processes.reduce((sum, p) => sum + p.cpuSeconds, 0).toFixed(1)} s CPU`,
        `- full build output: ${r.full.stdout.trim().split("\n").filter((line) => /Search index|Wrote|Built/.test(line)).join(" / ")}`,
        `- largest page: ${r.fullOutput.largestPage.path} ${formatBytes(r.fullOutput.largestPage.bytes)}; ${r.fullOutput.files.toLocaleString("en")} files, index ${r.fullOutput.indexFiles.toLocaleString("en")} files`,
      ];
      if (r.second) {
        lines.push(`- images: first build ${imageLine(r.full)}; second build (${seconds(r.second.seconds)} s in all) ${imageLine(r.second)}`);
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
      const failed = [r.full.exitCode !== 0 ? `full build failed:\n\n\`\`\`\n${r.full.stderr.slice(-2000)}\n\`\`\`` : "", r.floor.exitCode > 0 ? `floor failed:\n\n\`\`\`\n${r.floor.stderr.slice(-2000)}\n\`\`\`` : ""].filter(Boolean);
      return [...lines, ...failed].join("\n");
    })
    .join("\n\n");
}
