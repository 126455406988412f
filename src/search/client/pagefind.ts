/**
 * The part of Pagefind's browser API (pagefind.js, written by the indexer into /pagefind/)
 * the search page uses, typed; and loading it with every index bundle merged.
 */
import { BUNDLE_FILTER, HIGHLIGHT_PARAM, SNIPPET_WORDS, type BundleEntry } from "../schema.ts";

export interface ResultData {
  url: string;
  /** The indexed text, words separated by spaces (or zero-width spaces for segmented scripts). */
  raw_content?: string;
  content: string;
  excerpt: string;
  /** Word positions of the matches in the content. */
  locations: number[];
  meta: Record<string, string | undefined>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}

export type FilterValue = string | { any?: string[]; none?: string[] };
export type Filters = Record<string, FilterValue>;

export interface PagefindResponse {
  results: PagefindResult[];
  /** Results per filter value, after filtering: with the bundle filter, results per bundle. */
  filters: Record<string, Record<string, number>>;
}

interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: { filters?: Filters; sort?: Record<string, "asc" | "desc"> }): Promise<PagefindResponse>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

export type Pagefind = PagefindModule;

/**
 * Loads Pagefind and merges every bundle, each tagged with its id (the bundle filter),
 * so one search ranks results over the whole archive and says how many each bundle holds.
 * Each merged bundle costs its entry and metadata once; a word then costs its chunk in each.
 */
export async function loadPagefind(script: string, baseUrl: string, bundles: readonly BundleEntry[]): Promise<Pagefind> {
  const pf = (await import(/* @vite-ignore */ script)) as PagefindModule;
  // No worker: one fewer script to fetch, and each bundle is searched in a few milliseconds.
  const shared = { baseUrl, highlightParam: HIGHLIGHT_PARAM, excerptLength: SNIPPET_WORDS };
  await pf.options({ ...shared, noWorker: true });
  await pf.init();
  const [primary, ...others] = bundles;
  if (primary) await pf.options({ mergeFilter: { [BUNDLE_FILTER]: primary.id } });
  await Promise.all(others.map((bundle) => pf.mergeIndex(bundle.path, { ...shared, language: bundle.language, mergeFilter: { [BUNDLE_FILTER]: bundle.id } })));
  return pf;
}
