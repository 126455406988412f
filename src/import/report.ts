/**
 * What an import run did, told at the end: how many came in, each file or item skipped with
 * why (refused as bad input, or left out by choice, or already in the archive), and each
 * article an editor should review, with why.
 */
export interface Report {
  imported: string[];
  /** Bad input: the run exits non-zero. */
  refused: { origin: string; why: string }[];
  /** Left out by choice or already imported: not an error. */
  skipped: { origin: string; why: string }[];
  review: { file: string; origin: string; why: string[] }[];
  /** What the build would stop on across articles (two spellings of one byline or tag): file and why. */
  beforeBuild: { file: string; why: string }[];
  /** Counted rather than listed (comments, attachments, menu items). */
  counts: Map<string, number>;
}

export function createReport(): Report {
  return { imported: [], refused: [], skipped: [], review: [], beforeBuild: [], counts: new Map() };
}

export function count(report: Report, what: string, n = 1): void {
  report.counts.set(what, (report.counts.get(what) ?? 0) + n);
}

export function formatReport(report: Report, dryRun: boolean): string {
  const skipped = report.refused.length + report.skipped.length;
  const lines = [
    `${dryRun ? "Would import" : "Imported"} ${report.imported.length}, skipped ${skipped}${report.refused.length ? ` (${report.refused.length} refused)` : ""}, needing review ${report.review.length}.`,
  ];
  if (skipped > 0) {
    lines.push("Skipped:");
    for (const { origin, why } of [...report.refused, ...report.skipped]) lines.push(`  ${origin}: ${why}`);
  }
  if (report.review.length > 0) {
    lines.push("Needing review:");
    for (const { file, origin, why } of report.review) lines.push(`  ${file}${origin === file ? "" : ` (from ${origin})`}: ${why.join("; ")}`);
  }
  if (report.beforeBuild.length > 0) {
    lines.push("To settle before the build (it stops on these):");
    for (const { file, why } of report.beforeBuild) lines.push(`  ${file}: ${why}`);
  }
  if (report.counts.size > 0) {
    lines.push("Not imported, by kind:");
    for (const [what, n] of report.counts) lines.push(`  ${what}: ${n}`);
  }
  return lines.join("\n");
}
