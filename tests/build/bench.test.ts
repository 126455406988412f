/**
 * `npm run bench` at a tiny size: proves the whole bench works (generator, full build,
 * Eleventy floor, output and memory measurement, search payload in Chromium when there is
 * one, results file). Timings are printed by the bench, never asserted here.
 */
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { measureCommand } from "../../bench/process-tree.ts";
import { hasChromium } from "../helpers/browser.ts";
import { makeWorkspace, ROOT } from "../helpers/build.ts";

const run = promisify(execFile);

/** Cells of the results table's row for `size` articles, by column name. */
function row(markdown: string, size: number): Record<string, string> {
  const lines = markdown.split("\n").filter((line) => line.startsWith("| "));
  const header = lines[0]!.split("|").slice(1, -1).map((c) => c.trim());
  const cells = lines.find((line) => line.startsWith(`| ${size} |`))?.split("|").slice(1, -1).map((c) => c.trim());
  if (!cells) throw new Error(`no row for ${size} in:\n${markdown}`);
  return Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ""]));
}

describe("npm run bench at a small size", () => {
  let results = "";
  let stdout = "";
  let resultsFile = "";

  beforeAll(async () => {
    const workspace = await makeWorkspace("bench");
    resultsFile = path.join(workspace, "results.md");
    // Notes around the bench's section survive a run.
    await import("node:fs/promises").then((fs) => fs.writeFile(resultsFile, "# Notes\n\nKept.\n\n<!-- bench:start -->\nold\n<!-- bench:end -->\n\nAfter.\n"));
    const args = ["--import", "tsx", path.join(ROOT, "bench/run.ts"), "--sizes", "30", "--pairs", "2", "--warmup", "0", "--out", resultsFile, "--work", path.join(workspace, "work")];
    if (!hasChromium) args.push("--no-search");
    ({ stdout } = await run(process.execPath, args, { cwd: ROOT, maxBuffer: 16 * 1024 * 1024, timeout: 240_000 }));
    results = await readFile(resultsFile, "utf8");
  }, 300_000);

  it("prints and writes the table with the machine", () => {
    expect(stdout).toContain("| articles | pairs | output pages | build s | build min–max | floor s | floor min–max | ratio | pair ratios |");
    expect(results).toMatch(/Machine: \d+ × .+, [\d.]+ GiB memory, Node v\d+/);
    expect(results).toMatch(/Commit [0-9a-f]{7,}/);
    expect(results).toContain("# Notes\n\nKept.");
    expect(results).toContain("After.");
    expect(results).not.toContain("\nold\n");
  });

  it("builds the full archive and the floor in alternating pairs from the same 30 articles", () => {
    const cells = row(results, 30);
    expect(cells.pairs).toBe("2");
    expect(cells["build min–max"]).toMatch(/^\d+\.\d–\d+\.\d$/);
    expect(cells["floor min–max"]).toMatch(/^\d+\.\d–\d+\.\d$/);
    expect(cells["pair ratios"]).toMatch(/^\d+\.\d\d×, \d+\.\d\d×$/);
    expect(cells["CPU user / system s"]).toMatch(/^\d+\.\d \/ \d+\.\d$/);
    expect(cells["floor CPU user / system s"]).toMatch(/^\d+\.\d \/ \d+\.\d$/);
    // The second pair runs the floor first.
    expect(stdout.indexOf("pair 2: floor")).toBeLessThan(stdout.indexOf("pair 2: full build"));
    expect(stdout.indexOf("pair 1: full build")).toBeLessThan(stdout.indexOf("pair 1: floor"));
    // 30 article pages and their lists, tags and dates, plus home, 404, search, tags and archive.
    expect(Number(cells["output pages"]!.replace(/,/g, ""))).toBeGreaterThan(60);
    expect(Number(cells["build s"])).toBeGreaterThan(0);
    expect(Number(cells["floor s"])).toBeGreaterThan(0);
    expect(cells.ratio).toMatch(/^\d+\.\d\d×$/);
    expect(results).toMatch(/- floor: [\d.]+ s, 30 pages,/);
  });

  it("reports memory, output bytes, the index and the list pages that could grow", () => {
    const cells = row(results, 30);
    expect(cells["peak RSS (largest process)"]).toMatch(/^\d+(\.\d)? MiB$/);
    expect(cells["peak RSS (sum of processes)"]).toMatch(/^\d+(\.\d)? (MiB|GiB)$/);
    expect(cells["floor peak RSS"]).toMatch(/MiB$/);
    expect(cells["bytes / article"]).toMatch(/kB$/);
    expect(cells["index size"]).toMatch(/(kB|MiB)$/);
    expect(cells["/tags/"]).toMatch(/kB$/);
    expect(cells["/archive/"]).toMatch(/kB$/);
    // Pagefind runs as its own process: the tree, not only the build's Node process, is measured.
    expect(results).toMatch(/processes: .*pagefind/);
    // Bytes by page kind, so a change in size can be traced to the pages that made it.
    expect(results).toMatch(/- output by kind: articles [\d.]+ kB \(30 files, [\d.]+ kB \/ article\); days .*; on this day .*; index .*; images .*; other/);
  });

  it.runIf(hasChromium)("measures the search payload and a tag filter in Chromium", () => {
    const cells = row(results, 30);
    expect(cells["search payload"]).toMatch(/^\d+(\.\d)? kB \(chunks \d+(\.\d)? (kB|B)\)$/);
    expect(cells["tag filter: first result"]).toMatch(/^\d+ ms \(\d+ results\)$/);
    expect(results).toMatch(/- search "talks" \(search page\): .* in \d+ requests/);
  });
});

describe("process tree measurement", () => {
  it("sees a grandchild's peak memory and exit code", async () => {
    // A child that starts a grandchild holding ~150 MiB, then exits 3.
    const grandchild = "const b = Buffer.alloc(150 * 1024 * 1024, 1); setTimeout(() => console.log(b[0]), 600)";
    const child = `require("node:child_process").execFileSync(process.execPath, ["-e", ${JSON.stringify(grandchild)}], { stdio: "inherit" }); process.exit(3)`;
    const measured = await measureCommand(process.execPath, ["-e", child], { cwd: ROOT, env: process.env, pollMilliseconds: 50 });
    expect(measured.exitCode).toBe(3);
    expect(measured.stdout.trim()).toBe("1");
    expect(measured.processes.length).toBeGreaterThanOrEqual(2);
    expect(measured.peakBytes).toBeGreaterThan(150 * 1024 * 1024);
    expect(measured.processes[0]!.command).toContain("Buffer.alloc");
  });
});
