/**
 * Runs a parsed query over every index bundle that could hold its words at once
 * (src/search/client/pagefind.ts merges them), so the best matches of the whole archive
 * come first and the count is the archive's. Pagefind is asked one question per part of
 * the query and the answers are combined here: the words (Pagefind ranks them), each
 * "phrase" (Pagefind's exact mode), each -word (results containing it are dropped).
 *
 * Pagefind falls back, when no indexed word starts with a query word, to the longest
 * indexed word the query word starts with ("iranxq" finds "iran", "вальмики" finds "в").
 * Each bundle is a separate index, so it does so bundle by bundle. A word therefore counts
 * as present in a bundle only when its stem is there exactly (Pagefind's exact mode has no
 * fallback), or, for a word typed in part, when a result's text has a word starting with it.
 */
import { articleDay, BUNDLE_FILTER, PAGE_SIZE, SORT_KEY, type BundleEntry } from "../schema.ts";
import type { Filters, Pagefind, PagefindResponse, PagefindResult, ResultData } from "./pagefind.ts";
import type { ParsedQuery } from "./query.ts";
import { hasWordStarting } from "../scripts.ts";

export interface Shown {
  id: string;
  data: ResultData;
}
/** The next `count` results, in order; fewer at the end. */
export type Cursor = (count: number) => Promise<Shown[]>;

export interface Outcome {
  count: number;
  next: Cursor;
}

function countsByBundle(response: { filters: Record<string, Record<string, number>> }): Record<string, number> {
  return response.filters[BUNDLE_FILTER] ?? {};
}

/**
 * The bundle a result comes from: of the bundles of its index (its id's prefix: "en",
 * "x-fa"), the one whose days hold the day of its URL; none when two do (a day split
 * between shards), since a guess could settle a bundle wrongly.
 */
export function bundleOf(result: Shown, bundles: readonly BundleEntry[]): string | undefined {
  const index = result.id.slice(0, result.id.lastIndexOf("_"));
  const day = articleDay(result.data.url);
  const candidates = bundles.filter((b) => b.language === index && b.oldest <= day && day <= b.newest);
  return candidates.length === 1 ? candidates[0]!.id : undefined;
}

/**
 * Of the bundles Pagefind found `word` in (`found`: results per bundle), those that really
 * hold it: its stem as a word (exact mode), or a word starting with it in a result's text.
 * The best results (`shown`: the first page, fetched to be shown anyway) settle the bundles
 * they come from; only the others need the exact search, which costs as much as searching
 * every one of their results.
 */
export async function bundlesHolding(pf: Pagefind, bundles: readonly BundleEntry[], word: string, found: Record<string, number>, shown: readonly Shown[]): Promise<Set<string>> {
  const present = Object.keys(found).filter((id) => (found[id] ?? 0) > 0);
  const settled = new Set(shown.filter((result) => hasWordStarting(result.data.content, word)).map((result) => bundleOf(result, bundles)));
  const holding = new Set(present.filter((id) => settled.has(id)));
  const unsettled = present.filter((id) => !holding.has(id));
  if (!unsettled.length) return holding;
  const exact = countsByBundle(await pf.search(`"${word}"`, { filters: { [BUNDLE_FILTER]: { any: unsettled } } }));
  await Promise.all(
    unsettled.map(async (id) => {
      if ((exact[id] ?? 0) > 0) holding.add(id);
      else {
        // A word typed in part ("genev"): one result's text says whether it was extended or cut back.
        const first = (await pf.search(word, { filters: { [BUNDLE_FILTER]: id } })).results[0];
        if (first && hasWordStarting((await first.data()).content, word)) holding.add(id);
      }
    }),
  );
  return holding;
}

/** The first page of a response's results, as they will be shown. */
function firstPage(response: PagefindResponse): Promise<Shown[]> {
  return Promise.all(response.results.slice(0, PAGE_SIZE).map(async (r) => ({ id: r.id, data: await r.data() })));
}

/** A filter to these bundles, unless they are every one merged (`merged`). */
function within(bundles: ReadonlySet<string>, merged: number): Filters {
  return bundles.size === merged ? {} : { [BUNDLE_FILTER]: { any: [...bundles] } };
}

function inOrder(results: readonly PagefindResult[]): Cursor {
  let next = 0;
  return async (count) => {
    const page = results.slice(next, (next += count));
    return Promise.all(page.map(async (r) => ({ id: r.id, data: await r.data() })));
  };
}

interface Head {
  peek(): Promise<PagefindResult | undefined>;
  advance(): void;
}

/** One language's results newest first: its shards are consecutive periods, newest shard first, each searched when reached. */
function newestOfLanguage(shards: readonly BundleEntry[], search: (bundle: string) => Promise<PagefindResult[]>): Head {
  let shard = 0;
  let list: PagefindResult[] = [];
  let at = 0;
  return {
    async peek() {
      while (at >= list.length && shard < shards.length) {
        list = await search(shards[shard++]!.id);
        at = 0;
      }
      return list[at];
    },
    advance() {
      at++;
    },
  };
}

/** Newest first across languages: only the heads of each language's list are compared (one fragment each). */
function newestAcross(heads: readonly Head[]): Cursor {
  return async (count) => {
    const out: Shown[] = [];
    while (out.length < count) {
      let best: { index: number; result: PagefindResult; data: ResultData } | undefined;
      for (const [index, head] of heads.entries()) {
        const result = await head.peek();
        if (!result) continue;
        const data = await result.data();
        if (!best || articleDay(data.url) > articleDay(best.data.url)) best = { index, result, data };
      }
      if (!best) break;
      out.push({ id: best.result.id, data: best.data });
      heads[best.index]!.advance();
    }
    return out;
  };
}

/**
 * Whether the first page of a search for words alone is already its final first page: every
 * result on it has a word starting with each query word, so its bundle holds them all and
 * no check to come can remove it, or put anything before it.
 */
function finalFirstPage(page: readonly Shown[], query: ParsedQuery): boolean {
  return page.length > 0 && !query.phrases.length && !query.excluded.length && page.every((r) => query.words.every((word) => hasWordStarting(r.data.content, word)));
}

/**
 * `bundles`: those that could hold the query's words, all merged; `merged`: how many bundles
 * are merged in all (others, merged for earlier searches, are filtered out). `early` is given
 * the first page as soon as it is known to be final (by relevance, words alone), before the
 * bundles are checked and the count is known: the reader sees the best matches while the
 * rest is settled.
 */
export async function runSearch(
  pf: Pagefind,
  bundles: readonly BundleEntry[],
  merged: number,
  query: ParsedQuery,
  filters: Filters,
  newestFirst: boolean,
  early?: (page: Shown[]) => void,
): Promise<Outcome> {
  if (!bundles.length) return { count: 0, next: async () => [] };
  // The words are Pagefind's query; without words, the first phrase is; without either, the filters alone.
  const term = query.words.length ? query.words.join(" ") : query.phrases.length ? `"${query.phrases[0]}"` : null;
  const phrases = query.words.length ? query.phrases : query.phrases.slice(1);
  // Bundles where a word was only matched by Pagefind's fallback are searched no more.
  let allowed = new Set(bundles.map((b) => b.id));
  let scope: Filters = { ...filters, ...within(allowed, merged) };
  let response = await pf.search(term, { filters: scope });
  // Fetched once a word needs it, and again after each narrower search.
  let shown: Promise<Shown[]> | undefined;
  if (early && !newestFirst && query.words.length) {
    const page = await (shown = firstPage(response));
    if (finalFirstPage(page, query)) early(page);
  }
  for (const word of query.words) {
    const found = countsByBundle(response);
    const holding = await bundlesHolding(pf, bundles, word, found, await (shown ??= firstPage(response)));
    const lacking = Object.keys(found).filter((id) => (found[id] ?? 0) > 0 && !holding.has(id));
    if (!lacking.length) continue;
    allowed = new Set([...allowed].filter((id) => !lacking.includes(id)));
    scope = { ...filters, ...within(allowed, merged) };
    response = allowed.size ? await pf.search(term, { filters: scope }) : { results: [], filters: {} };
    shown = undefined;
  }

  const required: Set<string>[] = [];
  for (const phrase of phrases) required.push(new Set((await pf.search(`"${phrase}"`, { filters: scope })).results.map((r) => r.id)));
  const dropped = new Set<string>();
  for (const word of query.excluded) {
    const loose = await pf.search(word);
    const found = countsByBundle(loose);
    const holding = await bundlesHolding(pf, bundles, word, found, await firstPage(loose));
    const everywhere = Object.values(found).filter(Boolean).length === holding.size;
    const holdingIt = everywhere ? loose : holding.size ? await pf.search(word, { filters: within(holding, merged) }) : undefined;
    for (const r of holdingIt?.results ?? []) dropped.add(r.id);
  }
  const keep = (r: PagefindResult) => !dropped.has(r.id) && required.every((ids) => ids.has(r.id));

  const ranked = response.results.filter(keep);
  if (!newestFirst || !ranked.length) return { count: ranked.length, next: inOrder(ranked) };

  const languages = new Map<string, BundleEntry[]>();
  for (const bundle of bundles) {
    if (!allowed.has(bundle.id)) continue;
    const key = bundle.language.replace(/^x-/, "");
    languages.set(key, [...(languages.get(key) ?? []), bundle]);
  }
  const heads = [...languages.values()].map((shards) =>
    newestOfLanguage(shards, async (id) => {
      const response = await pf.search(term, { filters: { ...filters, [BUNDLE_FILTER]: id }, sort: { [SORT_KEY]: "desc" } });
      return response.results.filter(keep);
    }),
  );
  return { count: ranked.length, next: newestAcross(heads) };
}
