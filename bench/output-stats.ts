/**
 * What a build wrote: pages, bytes (GitHub Pages publishes at most 1 GB), index size, the
 * pages that could grow, and the bytes by page kind (which kind of page the size goes to).
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

/**
 * Page kinds as the contract's URLs tell them apart: "on this day" pages, open "data" and
 * "images" (/img/) each on their own; "other" is assets, 404, search, archive, robots, sitemap.
 */
export const OUTPUT_KINDS = ["articles", "days", "months", "years", "tags", "home", "on this day", "feeds", "data", "index", "images", "other"] as const;
export type OutputKind = (typeof OUTPUT_KINDS)[number];

export interface KindStats {
  files: number;
  bytes: number;
}

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
  byKind: Record<OutputKind, KindStats>;
}

/** Which kind of output a file is, from its path relative to the output folder. */
export function outputKind(relative: string): OutputKind {
  if (relative.startsWith("pagefind/")) return "index";
  if (relative.startsWith("img/")) return "images";
  if (relative.startsWith("data/")) return "data";
  if (relative.startsWith("on-this-day/")) return "on this day";
  if (/(^|\/)feed\.(xml|json)$/.test(relative)) return "feeds";
  if (/^(index\.html|page\/\d+\/index\.html)$/.test(relative)) return "home";
  if (relative.startsWith("tags/")) return "tags";
  const dated = /^\d{4}\/(?:(\d\d)\/(?:(\d\d)\/(?:([^/]+)\/)?)?)?(?:page\/\d+\/)?index\.html$/.exec(relative);
  if (dated) {
    if (dated[3] && dated[3] !== "page") return "articles";
    if (dated[2]) return "days";
    if (dated[1]) return "months";
    return "years";
  }
  return "other";
}

export function outputStats(output: string): OutputStats {
  const byKind = Object.fromEntries(OUTPUT_KINDS.map((kind) => [kind, { files: 0, bytes: 0 }])) as Record<OutputKind, KindStats>;
  const stats: OutputStats = { pages: 0, files: 0, bytes: 0, indexBytes: 0, indexFiles: 0, largestPage: { path: "", bytes: 0 }, byKind };
  if (!existsSync(output)) return stats;
  const entries = readdirSync(output, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const relative = path.relative(output, full).split(path.sep).join("/");
    const size = statSync(full).size;
    stats.files++;
    stats.bytes += size;
    const kind = byKind[outputKind(relative)];
    kind.files++;
    kind.bytes += size;
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
