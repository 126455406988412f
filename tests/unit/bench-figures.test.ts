/** The bench's arithmetic: medians and ranges over pairs, ratios within each pair, page kinds by URL. */
import { describe, expect, it } from "vitest";
import { outputKind } from "../../bench/output-stats.ts";
import { pairRatios, runFigures, spread } from "../../bench/pairs.ts";
import type { MeasuredRun } from "../../bench/process-tree.ts";

function run(seconds: number, exitCode = 0, peaks: number[] = [100]): MeasuredRun {
  const processes = peaks.map((peakBytes, pid) => ({ pid, command: "x", peakBytes, cpuSeconds: 3, userSeconds: 2, systemSeconds: 1 }));
  return { exitCode, seconds, processes, peakBytes: Math.max(...peaks), treePeakBytes: 0, userSeconds: 2 * peaks.length, systemSeconds: peaks.length, stdout: "", stderr: "" };
}

describe("figures over the bench's pairs", () => {
  it("takes the median of odd and even counts, with the range", () => {
    expect(spread([3, 1, 2])).toEqual({ median: 2, min: 1, max: 3 });
    expect(spread([4, 1, 2, 3])).toEqual({ median: 2.5, min: 1, max: 4 });
  });

  it("divides each full build by the floor of its own pair, leaving out failed pairs", () => {
    const ratios = pairRatios([
      { full: run(20), floor: run(10) },
      { full: run(30), floor: run(20) },
      { full: run(30, 1), floor: run(10) },
      { full: run(30) },
    ]);
    expect(ratios).toEqual([2, 1.5]);
  });

  it("reports the largest process and the largest sum of process peaks over successful runs", () => {
    const figures = runFigures([run(10, 0, [100, 50]), run(12, 0, [80, 90]), run(1, 1, [999])]);
    expect(figures.peakBytes).toBe(100);
    expect(figures.peakSumBytes).toBe(170);
    expect(figures.seconds).toEqual({ median: 11, min: 10, max: 12 });
    expect(figures.system.median).toBe(2);
  });
});

describe("page kinds of the output", () => {
  it.each([
    ["index.html", "home"],
    ["page/3/index.html", "home"],
    ["2026/02/26/geneva-talks/index.html", "articles"],
    ["2026/02/26/index.html", "days"],
    ["2026/02/26/page/2/index.html", "days"],
    ["2026/02/index.html", "months"],
    ["2026/page/4/index.html", "years"],
    ["2026/index.html", "years"],
    ["tags/iran/index.html", "tags"],
    ["tags/index.html", "tags"],
    ["tags/iran/feed.xml", "feeds"],
    ["feed.json", "feeds"],
    ["pagefind/pagefind-entry.json", "index"],
    ["assets/style.css", "other"],
    ["on-this-day/02-26/page/2/index.html", "on this day"],
    ["data/articles-2026.jsonl", "data"],
    ["img/ab12cd-640.avif", "images"],
    ["search/index.html", "other"],
  ])("%s is counted as %s", (file, kind) => {
    expect(outputKind(file)).toBe(kind);
  });
});
