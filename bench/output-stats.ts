/** What a build wrote: pages, bytes (GitHub Pages publishes at most 1 GB), index size, the pages that could grow. */
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

export interface OutputStats {
  pages: number;
  files: number;
  bytes: number;
  /** The pagefind/ folder: index, bundles and scripts. */
  indexBytes: number;
  indexFiles: number;
  /** Sizes of pages that list the whole archive in some form: they must stay small. */
  tagsPageBytes?: number;
  archivePageBytes?: number;
  largestPage: { path: string; bytes: number };
}

export function outputStats(output: string): OutputStats {
  const stats: OutputStats = { pages: 0, files: 0, bytes: 0, indexBytes: 0, indexFiles: 0, largestPage: { path: "", bytes: 0 } };
  if (!existsSync(output)) return stats;
  const entries = readdirSync(output, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const relative = path.relative(output, full).split(path.sep).join("/");
    const size = statSync(full).size;
    stats.files++;
    stats.bytes += size;
    if (relative.startsWith("pagefind/")) {
      stats.indexBytes += size;
      stats.indexFiles++;
    } else if (relative.endsWith(".html")) {
      stats.pages++;
      if (size > stats.largestPage.bytes) stats.largestPage = { path: `/${relative.replace(/index\.html$/, "")}`, bytes: size };
    }
    if (relative === "tags/index.html") stats.tagsPageBytes = size;
    if (relative === "archive/index.html") stats.archivePageBytes = size;
  }
  return stats;
}
