import path from "node:path";
import { site } from "../_data/site.ts";
import { pad2, pad4 } from "../_data/dates.ts";

/**
 * Every URL of the contract, as a root-relative path ("/2026/02/26/slug/"). Output files
 * are written at these paths; links add the SITE_URL path with `href`, absolute URLs with
 * `absoluteUrl`, so a project site under /REPO/ keeps every link working.
 */
/** Where a root-relative path ("/pagefind/", "/data/articles-2026.jsonl") lies in the output folder. */
export function outputPath(outputDir: string, urlPath: string): string {
  return path.join(outputDir, ...urlPath.split("/").filter(Boolean));
}

function paged(base: string, page: number): string {
  return page > 1 ? `${base}page/${page}/` : base;
}

export const paths = {
  home: (page = 1) => paged("/", page),
  // Years are four digits (YYYY), even the few before 1000 that an archive may hold.
  article: (year: number, month: number, day: number, slug: string) => `/${pad4(year)}/${pad2(month)}/${pad2(day)}/${slug}/`,
  year: (year: number, page = 1) => paged(`/${pad4(year)}/`, page),
  month: (year: number, month: number, page = 1) => paged(`/${pad4(year)}/${pad2(month)}/`, page),
  day: (year: number, month: number, day: number, page = 1) => paged(`/${pad4(year)}/${pad2(month)}/${pad2(day)}/`, page),
  tag: (slug: string, page = 1) => paged(`/tags/${slug}/`, page),
  tagFeed: (slug: string) => `/tags/${slug}/feed.xml`,
  tags: "/tags/",
  author: (slug: string, page = 1) => paged(`/authors/${slug}/`, page),
  authorFeed: (slug: string) => `/authors/${slug}/feed.xml`,
  authors: "/authors/",
  corrections: "/corrections/",
  correctionsFeed: "/corrections/feed.xml",
  archive: "/archive/",
  search: "/search/",
  atomFeed: "/feed.xml",
  jsonFeed: "/feed.json",
  sitemap: "/sitemap.xml",
  notFound: "/404.html",
  stylesheet: "/assets/style.css",
  searchStylesheet: "/assets/search.css",
  /** Rules of list and index pages only (periods, pager, archive chart, tags, calendars). */
  indexStylesheet: "/assets/indexes.css",
  /** "/" focuses the search box; on every page, so it must stay tiny. */
  keysScript: "/assets/keys.js",
  icon: "/assets/favicon.svg",
  pagefind: "/pagefind/",
  /** The search page's UI, on Pagefind's script in /pagefind/. */
  searchScript: "/assets/search.js",
  /** Marks the searched words on an article opened from a result; it counts toward the 2 kB page budget. */
  highlightScript: "/assets/highlight.js",
} as const;

/** A link under the site's path: "/tags/iran/" becomes "/news-archive/tags/iran/". */
export function href(path: string): string {
  return site.pathPrefix + path.replace(/^\//, "");
}

/**
 * A link an article writes from the site's root (`/2026/02/26/slug/`, as aliases and imported
 * archives write them) under the path the site is served from; one already under it, another
 * host's (`//host/`) or a relative one is left.
 */
export function underSitePath(target: string, sitePath: string): string {
  if (!target.startsWith("/") || target.startsWith("//") || target.startsWith(sitePath) || `${target}/` === sitePath) return target;
  return sitePath + target.slice(1);
}

/** An absolute URL on SITE_URL, for canonical links, feeds and the sitemap. */
export function absoluteUrl(path: string): string {
  return new URL(path.replace(/^\//, ""), site.url).href;
}
