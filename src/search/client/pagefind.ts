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

/** Pagefind with the bundles merged so far: the primary at once, the others when a search needs them. */
export interface Index {
  pf: Pagefind;
  /** Merges each of these bundles not merged yet. */
  include(bundles: readonly BundleEntry[]): Promise<void>;
  /** How many bundles are merged now. */
  merged(): number;
}

/**
 * Loads Pagefind with the primary bundle; every bundle is tagged with its id (the bundle
 * filter), so one search ranks results over all merged bundles and says how many each holds.
 * Each merged bundle costs its entry and metadata once; a word then costs its chunk in each,
 * so a bundle is merged only once a search could find something in it.
 */
export async function loadPagefind(script: string, baseUrl: string, primary: BundleEntry | undefined): Promise<Index> {
  const pf = (await import(/* @vite-ignore */ script)) as PagefindModule;
  // No worker: one fewer script to fetch, and each bundle is searched in a few milliseconds.
  const shared = { baseUrl, highlightParam: HIGHLIGHT_PARAM, excerptLength: SNIPPET_WORDS };
  await pf.options({ ...shared, noWorker: true });
  await pf.init();
  const merging = new Map<string, Promise<void>>();
  if (primary) {
    await pf.options({ mergeFilter: { [BUNDLE_FILTER]: primary.id } });
    merging.set(primary.id, Promise.resolve());
  }
  return {
    pf,
    async include(bundles) {
      for (const bundle of bundles) {
        if (!merging.has(bundle.id)) merging.set(bundle.id, pf.mergeIndex(bundle.path, { ...shared, language: bundle.language, mergeFilter: { [BUNDLE_FILTER]: bundle.id } }));
      }
      await Promise.all(bundles.map((bundle) => merging.get(bundle.id)));
    },
    merged: () => merging.size,
  };
}
