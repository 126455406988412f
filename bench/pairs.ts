/**
 * Figures over a size's alternating pairs (full build, floor): medians and ranges, and the
 * ratio taken within each pair, since this machine's speed drifts between pairs more
 * than the two builds of one pair differ.
 */
import type { MeasuredRun } from "./process-tree.ts";

export interface Pair {
  full: MeasuredRun;
  /** Absent under --no-floor. */
  floor?: MeasuredRun;
}

export interface Spread {
  median: number;
  min: number;
  max: number;
}

export function spread(values: readonly number[]): Spread {
  if (!values.length) return { median: Number.NaN, min: Number.NaN, max: Number.NaN };
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]! };
}

function ok(run: MeasuredRun | undefined): run is MeasuredRun {
  return run !== undefined && run.exitCode === 0;
}

/** Each pair's full-build time over its floor's, for pairs where both succeeded. */
export function pairRatios(pairs: readonly Pair[]): number[] {
  return pairs.filter((p) => ok(p.full) && ok(p.floor)).map((p) => p.full.seconds / p.floor!.seconds);
}

export interface RunFigures {
  seconds: Spread;
  user: Spread;
  system: Spread;
  /** The largest process's peak, over the runs. */
  peakBytes: number;
  /** The largest sum of every process's own peak, over the runs (an upper bound on the tree at once). */
  peakSumBytes: number;
}

export function runFigures(runs: readonly MeasuredRun[]): RunFigures {
  const good = runs.filter(ok);
  return {
    seconds: spread(good.map((r) => r.seconds)),
    user: spread(good.map((r) => r.userSeconds)),
    system: spread(good.map((r) => r.systemSeconds)),
    peakBytes: Math.max(0, ...good.map((r) => r.peakBytes)),
    peakSumBytes: Math.max(0, ...good.map((r) => r.processes.reduce((sum, p) => sum + p.peakBytes, 0))),
  };
}
