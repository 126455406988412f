/**
 * The search's vocabulary, shared by the indexer (Node) and the browser client
 * (src/search/client/, bundled by esbuild): filter keys, the sort key, URL parameter names
 * and the shape of the bundle list the page hands to its script.
 * No Node or DOM imports: both sides compile it.
 */

/** Pagefind filter keys: every tag, the year, the month ("2019-03"), and each tag again under its kind. */
export const FILTER_KEYS = { tag: "tag", year: "year", month: "month" } as const;

export const TAG_KINDS = ["topic", "person", "place", "organisation"] as const;
export type TagKindKey = (typeof TAG_KINDS)[number];

/** The filter each bundle's pages carry (Pagefind's mergeFilter), naming the bundle. */
export const BUNDLE_FILTER = "bundle";

/** Pagefind sort key: the UTC instant, so string order is time order. */
export const SORT_KEY = "date";

/**
 * Metadata Pagefind returns with each result. Pagefind also indexes every metadata value as
 * words, so only text the article shows is metadata: a date or a bundle id there would make
 * "2019" or "en" find articles that never say it. A result's day is in its URL
 * (`articleDay`), and its bundle follows from its index and day (engine.ts `bundleOf`).
 */
export const META_KEYS = { title: "title", summary: "summary" } as const;

/** URL parameters of /search/ (CONTRACT.md: ?q=WORDS runs that search on load). */
export const PARAMS = { query: "q", tag: "tag", year: "year", from: "from", to: "to", sort: "sort" } as const;
/** The one value of `sort` that is not the default (best match). */
export const SORT_NEWEST = "date";
/** Words searched for, on links from results to articles (marked by the article's highlight script). */
export const HIGHLIGHT_PARAM = "highlight";

/** Results shown per page of results. */
export const PAGE_SIZE = 10;
/** Words in a result's snippet. */
export const SNIPPET_WORDS = 30;

/** What the search page tells its script about each index bundle (a data attribute, as JSON). */
export interface BundleEntry {
  id: string;
  /** Folder of the bundle, under the site's path. */
  path: string;
  /** The key of the bundle's index in Pagefind: the language, or the tag it was indexed as. */
  language: string;
  pages: number;
  /** The scripts its words are in (src/search/scripts.ts): a query in others skips it. */
  scripts: string[];
  /** Its words, folded, in each script it has few of: a query word starting none of them skips it. */
  words?: Record<string, string[]>;
  /** The days ("2019-03-26", as written) of its newest and oldest articles. */
  newest: string;
  oldest: string;
}

const ARTICLE_URL_DAY = /\/(\d{4})\/(\d{2})\/(\d{2})\/[^/]+\/(?:[?#].*)?$/;

/** The day ("2019-03-26") of an article's URL (`/YYYY/MM/DD/SLUG/`, CONTRACT.md), "" for any other URL. */
export function articleDay(url: string): string {
  const match = ARTICLE_URL_DAY.exec(url);
  return match ? `${match[1]}-${match[2]}-${match[3]}` : "";
}
