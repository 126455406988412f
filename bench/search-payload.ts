/**
 * What searching costs a reader, measured in Chromium against the built site, each query on
 * a fresh visit (a new browser context: nothing cached) of the search page with the query in
 * its URL, the way a shared link or the header's search box opens it:
 * - a common word, a rare word, a known item (three headline words of the oldest article),
 *   a quoted phrase, and a tag filter without words (bench/search-queries.ts picks them);
 * - time from navigation until the first result links are on the page, and the bytes the
 *   bench server sent for them (gzip as GitHub Pages serves; Pagefind's files are gzipped
 *   already); the page's own document, stylesheet and icon are shared with every page and
 *   not counted;
 * - for the known item, its rank among the results (page 1 is ranks 1–10).
 */
import { existsSync } from "node:fs";
import type { BenchQueries } from "./search-queries.ts";
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

export interface QueryMeasurement extends PayloadBreakdown {
  label: string;
  /** As put in the URL: "q=…" or "tag=…". */
  query: string;
  milliseconds: number;
  /** The count the page reported. */
  results: number;
  /** For the known item: its rank in the results, or 0 when not on the first page. */
  rank?: number;
}

export interface SearchMeasurement {
  query: string;
  method: "search page";
  commonWord: PayloadBreakdown & { milliseconds: number };
  tagFilter?: { tag: string; milliseconds: number; results: number; bytes: number };
  queries: QueryMeasurement[];
  knownItem: { title: string; path: string };
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

const ARTICLE_PATH = /\/\d{4}\/\d{2}\/\d{2}\/[^/]+\/$/;

export async function measureSearch(server: BenchServer, queries: BenchQueries, tag: string | undefined): Promise<SearchMeasurement> {
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  const cases: { label: string; params: Record<string, string> }[] = [
    { label: "common word", params: { q: queries.common } },
    { label: "rare word", params: { q: queries.rare } },
    { label: "known item", params: { q: queries.knownItem } },
    { label: "phrase", params: { q: queries.phrase } },
  ];
  if (tag) cases.push({ label: "tag filter", params: { tag } });
  const measured: QueryMeasurement[] = [];
  try {
    for (const { label, params } of cases) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const from = server.requests.length;
      const started = performance.now();
      await page.goto(`${server.url}search/?${new URLSearchParams(params)}`);
      // Polled from here: waitForFunction evaluates with eval, which the site's CSP rightly forbids.
      const deadline = performance.now() + 120_000;
      let links: string[] = [];
      for (;;) {
        links = await page.evaluate(() => [...document.querySelectorAll(".search-result h2 a")].map((a) => new URL((a as HTMLAnchorElement).href).pathname));
        const status = await page.evaluate(() => document.getElementById("search-status")?.textContent ?? "");
        if (links.some((l) => ARTICLE_PATH.test(l)) || /^No articles/.test(status)) break;
        if (performance.now() > deadline) throw new Error(`no search results for ${label} within 120 s`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const milliseconds = performance.now() - started;
      await page.waitForLoadState("networkidle");
      const status = (await page.textContent("#search-status")) ?? "";
      const results = Number(/^([\d,]+) articles? found/.exec(status)?.[1]?.replace(/,/g, "") ?? 0);
      const entry: QueryMeasurement = { label, query: new URLSearchParams(params).toString(), milliseconds, results, ...breakdown(server.requests.slice(from).filter(isSearchPayload)) };
      if (label === "known item") entry.rank = links.findIndex((l) => l.endsWith(queries.known.path)) + 1;
      measured.push(entry);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const common = measured[0]!;
  const tagged = measured.find((m) => m.label === "tag filter");
  return {
    query: queries.common,
    method: "search page",
    commonWord: { ...common, milliseconds: common.milliseconds },
    ...(tagged && tag ? { tagFilter: { tag, milliseconds: tagged.milliseconds, results: tagged.results, bytes: tagged.total } } : {}),
    queries: measured,
    knownItem: queries.known,
  };
}
