/**
 * What searching costs a reader, measured in Chromium against the built site:
 * - a common word typed on the search page (`/search/?q=WORD`, the site's own script and
 *   index bundles): bytes transferred until the first result links are on the page;
 * - a tag filter over a large share of the archive through Pagefind's JS API, on a fresh
 *   visit: time until the first result's data has arrived, and its bytes.
 * Bytes are counted by the bench server (gzip as GitHub Pages serves), not guessed.
 */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import type { BenchServer, ServedRequest } from "./static-server.ts";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"];

export interface PayloadBreakdown {
  total: number;
  /** Scripts and WebAssembly (Pagefind's and the search page's). */
  code: number;
  /** Pagefind entry, metadata and filter files. */
  meta: number;
  /** Word index chunks (.pf_index). */
  chunks: number;
  /** Result fragments (.pf_fragment). */
  fragments: number;
  requests: number;
}

export interface SearchMeasurement {
  query: string;
  /** How the common-word search ran: the site's search page, or Pagefind's API when the page has no script. */
  method: "search page" | "pagefind api";
  commonWord: PayloadBreakdown & { milliseconds: number };
  tagFilter?: { tag: string; milliseconds: number; results: number; bytes: number };
}

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

function breakdown(requests: readonly ServedRequest[]): PayloadBreakdown {
  const result: PayloadBreakdown = { total: 0, code: 0, meta: 0, chunks: 0, fragments: 0, requests: 0 };
  for (const request of requests) {
    result.total += request.bytes;
    result.requests++;
    if (request.path.endsWith(".pf_index")) result.chunks += request.bytes;
    else if (request.path.endsWith(".pf_fragment")) result.fragments += request.bytes;
    else if (/\.(js|mjs)$|wasm/.test(request.path)) result.code += request.bytes;
    else result.meta += request.bytes;
  }
  return result;
}

/** The page's own document, stylesheet and icon are shared by every page of a visit: not search payload. */
function isSearchPayload(request: ServedRequest): boolean {
  return !request.path.endsWith("/") && !request.path.endsWith(".html") && !/\/assets\/.*\.(css|svg)$/.test(request.path);
}

/** Additional Pagefind bundles (language or size shards) the search index wrote beside the primary one. */
function extraBundles(output: string): { path: string; language: string }[] {
  const folder = path.join(output, "pagefind", "bundles");
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .sort()
    .map((id) => ({ path: `pagefind/bundles/${id}/`, language: id.split("-")[0] ?? "en" }));
}

export async function measureSearch(server: BenchServer, output: string, query: string, tag: string | undefined): Promise<SearchMeasurement> {
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  try {
    const searchPage = await browser.newPage();
    const from = server.requests.length;
    const started = performance.now();
    await searchPage.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
    const hasScript = await searchPage.evaluate(() => document.querySelectorAll("script[src]").length > 0);
    let method: SearchMeasurement["method"] = "search page";
    if (hasScript) {
      // Any link to an article (/YYYY/MM/DD/slug/) in the main region is a result. Polled from
      // here: waitForFunction evaluates with eval, which the site's CSP rightly forbids.
      const deadline = performance.now() + 60_000;
      while (!(await searchPage.evaluate(() => [...document.querySelectorAll("main a[href]")].some((a) => /\/\d{4}\/\d{2}\/\d{2}\/[^/]+\/$/.test(new URL((a as HTMLAnchorElement).href).pathname))))) {
        if (performance.now() > deadline) throw new Error("no search results on the search page within 60 s");
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      // Let the page finish the fragments it asked for with its first results.
      await searchPage.waitForLoadState("networkidle");
    } else {
      method = "pagefind api";
      await searchPage.evaluate(async ({ base, word }) => {
        const pagefind = await import(`${base}pagefind/pagefind.js`);
        const search = await pagefind.search(word);
        await Promise.all(search.results.slice(0, 5).map((r: { data(): Promise<unknown> }) => r.data()));
      }, { base: server.url, word: query });
    }
    const milliseconds = performance.now() - started;
    const commonWord = { ...breakdown(server.requests.slice(from).filter(isSearchPayload)), milliseconds };
    await searchPage.close();

    let tagFilter: SearchMeasurement["tagFilter"];
    if (tag) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(server.url);
      const before = server.requests.length;
      const bundles = extraBundles(output);
      const result = await page.evaluate(
        async ({ base, tagName, merge }) => {
          const t0 = performance.now();
          const pagefind = await import(`${base}pagefind/pagefind.js`);
          for (const bundle of merge) await pagefind.mergeIndex(`${base}${bundle.path}`, { language: bundle.language });
          const search = await pagefind.search(null, { filters: { tag: tagName }, sort: { date: "desc" } });
          if (search.results.length) await search.results[0].data();
          return { milliseconds: performance.now() - t0, results: search.results.length as number };
        },
        { base: server.url, tagName: tag, merge: bundles },
      );
      tagFilter = { tag, ...result, bytes: breakdown(server.requests.slice(before)).total };
      await context.close();
    }
    return { query, method, commonWord, tagFilter };
  } finally {
    await browser.close();
  }
}
