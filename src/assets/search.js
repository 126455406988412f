// @ts-check
/**
 * The search page: a small UI on Pagefind's JS API. The page's form says where Pagefind's
 * script is and which index bundles to merge (one per language and shard, see
 * src/search/records.ts). The query and filters live in the URL (?q=…&tag=…&year=…&sort=date),
 * so a search can be shared, and a URL with ?q= runs on load. The first search fetches only
 * the newest shard of each language; older shards are merged when the newest do not fill a
 * page or when the reader asks. Filter lists are fetched only when the reader opens them
 * (and list the tags of the shards merged so far). Everything is built as DOM nodes, never
 * from HTML strings, and the page's CSP allows only its own scripts and WebAssembly.
 */

/** @typedef {{ id: string, path: string, language: string, pages: number, tier: number }} Bundle */
/** @typedef {{ url: string, excerpt: string, meta: Record<string, string> }} ResultData */
/** @typedef {{ id: string, score: number, data: () => Promise<ResultData> }} PagefindResult */
/** @typedef {{ results: PagefindResult[] }} PagefindResponse */
/**
 * @typedef {{
 *   options(options: Record<string, unknown>): Promise<void>,
 *   init(): Promise<void>,
 *   mergeIndex(path: string, options: Record<string, unknown>): Promise<void>,
 *   search(term: string | null, options: Record<string, unknown>): Promise<PagefindResponse>,
 *   filters(): Promise<Record<string, Record<string, number>>>,
 * }} Pagefind
 */
/** @typedef {{ q: string, tag: string, year: string, sort: string }} SearchState */
/** @typedef {(count: number) => Promise<{ id: string, data: ResultData }[]>} Cursor */

const PAGE_SIZE = 10;
const KINDS = [
  ["topic", "Topics"],
  ["person", "People"],
  ["place", "Places"],
  ["organisation", "Organisations"],
];

const form = /** @type {HTMLFormElement} */ (document.getElementById("search-form"));
const input = /** @type {HTMLInputElement} */ (document.getElementById("search-q"));
const tagSelect = /** @type {HTMLSelectElement} */ (document.getElementById("search-tag"));
const yearSelect = /** @type {HTMLSelectElement} */ (document.getElementById("search-year"));
const sortSelect = /** @type {HTMLSelectElement} */ (document.getElementById("search-sort"));
const options = /** @type {HTMLDetailsElement} */ (document.getElementById("search-options"));
const status = /** @type {HTMLElement} */ (document.getElementById("search-status"));
const list = /** @type {HTMLOListElement} */ (document.getElementById("search-results"));
const more = /** @type {HTMLButtonElement} */ (document.getElementById("search-more"));
const older = /** @type {HTMLButtonElement} */ (document.getElementById("search-older"));

const baseUrl = form.dataset.baseUrl || "/";
/** @type {Bundle[]} */
const bundles = JSON.parse(form.dataset.bundles || "[]");
const shared = { baseUrl, highlightParam: "highlight", excerptLength: 30 };

const tierCount = Math.max(1, ...bundles.map((b) => b.tier + 1));
const totalPages = bundles.reduce((sum, b) => sum + b.pages, 0);

/** @type {Promise<Pagefind> | undefined} */
let loading;
function pagefind() {
  loading ??= (async () => {
    /** @type {Pagefind} */
    const pf = await import(/* @vite-ignore */ String(form.dataset.pagefind));
    // No worker: one fewer script to fetch, and the index is searched in a few milliseconds.
    await pf.options({ ...shared, noWorker: true });
    await pf.init();
    // Each bundle tags its pages with its id, so results can be taken bundle by bundle.
    if (bundles.length > 1) await pf.options({ mergeFilter: { bundle: bundles[0]?.id } });
    return pf;
  })();
  return loading;
}

/**
 * Bundles are merged tier by tier: tier 0 holds the newest shard of each language, so the
 * first search fetches one shard's index; older tiers join when the newest articles do not
 * fill a page of results, or when the reader asks for all of them.
 * @type {Bundle[]}
 */
const searched = [];
let tiersMerged = 0;
let merging = Promise.resolve();
/** @param {number} tiers */
function mergeTiers(tiers) {
  merging = merging.then(async () => {
    const pf = await pagefind();
    for (; tiersMerged < Math.min(tiers, tierCount); tiersMerged++) {
      for (const bundle of bundles.filter((b) => b.tier === tiersMerged)) {
        if (bundle !== bundles[0]) {
          await pf.mergeIndex(bundle.path, { ...shared, language: bundle.language, mergeFilter: { bundle: bundle.id } });
        }
        searched.push(bundle);
      }
    }
  });
  return merging;
}

/** @returns {SearchState} */
function stateFromUrl() {
  const params = new URLSearchParams(location.search);
  return { q: params.get("q") || "", tag: params.get("tag") || "", year: params.get("year") || "", sort: params.get("sort") || "" };
}

/** @returns {SearchState} */
function stateFromForm() {
  return { q: input.value, tag: tagSelect.value, year: yearSelect.value, sort: sortSelect.value };
}

/** @param {SearchState} state */
function writeUrl(state) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(state)) if (value.trim()) params.set(key, value.trim());
  const query = params.toString();
  history.replaceState(null, "", query ? `?${query}` : location.pathname);
}

/** @param {HTMLSelectElement} select @param {string} value */
function choose(select, value) {
  if (value && ![...select.options].some((o) => o.value === value)) select.add(new Option(value, value));
  select.value = value;
}

let filtersLoaded = false;
async function loadFilters() {
  if (filtersLoaded) return;
  filtersLoaded = true;
  const all = await (await pagefind()).filters();
  const chosenTag = tagSelect.value;
  const chosenYear = yearSelect.value;
  tagSelect.length = 1;
  for (const [kind, label] of KINDS) {
    const values = Object.entries(all[kind] || {}).sort(([a], [b]) => a.localeCompare(b));
    if (!values.length) continue;
    const group = document.createElement("optgroup");
    group.label = label;
    for (const [name, count] of values) group.append(new Option(`${name} (${count})`, name));
    tagSelect.append(group);
  }
  yearSelect.length = 1;
  for (const [year, count] of Object.entries(all.year || {}).sort(([a], [b]) => b.localeCompare(a))) {
    yearSelect.append(new Option(`${year} (${count})`, year));
  }
  choose(tagSelect, chosenTag);
  choose(yearSelect, chosenYear);
}

/** @param {PagefindResult[]} results @returns {Cursor} */
function inOrder(results) {
  let next = 0;
  return async (count) => {
    const page = results.slice(next, (next += count));
    return Promise.all(page.map(async (r) => ({ id: r.id, data: await r.data() })));
  };
}

/**
 * Newest first across bundles: each bundle's results come sorted by date, so the lists are
 * merged by comparing only their heads (one fragment each, fetched once and cached).
 * @param {PagefindResult[][]} lists @returns {Cursor}
 */
function newestAcross(lists) {
  const at = lists.map(() => 0);
  return async (count) => {
    const out = [];
    while (out.length < count) {
      let best = -1;
      /** @type {ResultData | undefined} */
      let bestData;
      for (let k = 0; k < lists.length; k++) {
        const head = lists[k]?.[at[k] ?? 0];
        if (!head) continue;
        const data = await head.data();
        if (!bestData || Date.parse(data.meta.date || "") > Date.parse(bestData.meta.date || "")) {
          best = k;
          bestData = data;
        }
      }
      if (best < 0 || !bestData) break;
      out.push({ id: /** @type {PagefindResult} */ (lists[best]?.[at[best] ?? 0]).id, data: bestData });
      at[best] = (at[best] ?? 0) + 1;
    }
    return out;
  };
}

/** 2026-02-26 (or a full time) as "26 February 2026": the day as written, never shifted by the reader's zone. */
function displayDate(/** @type {string} */ value) {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return value;
  const day = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(day);
}

/** Pagefind's excerpt is text with <mark> around the matched words; it is rebuilt as nodes, never as HTML. */
function excerptNodes(/** @type {string} */ excerpt) {
  const nodes = [];
  let marked = false;
  for (const part of excerpt.split(/(<\/?mark>)/)) {
    if (part === "<mark>" || part === "</mark>") {
      marked = part === "<mark>";
      continue;
    }
    const text = part.replace(/&lt;/g, "<").replace(/&gt;/g, ">");
    if (!text) continue;
    if (marked) {
      const mark = document.createElement("mark");
      mark.textContent = text;
      nodes.push(mark);
    } else nodes.push(text);
  }
  return nodes;
}

/** @param {{ id: string, data: ResultData }} result */
function resultItem({ id, data }) {
  const item = document.createElement("li");
  item.className = "search-result";
  // Result ids start with the key of their index: "fa_…", or "x-fa_…" for a bundle indexed as written.
  const language = (id.split("_")[0] || "").replace(/^x-/, "");
  if (language && language !== "unknown") item.lang = language;
  item.dir = "auto";
  const heading = document.createElement("h2");
  const link = document.createElement("a");
  // Pagefind adds ?highlight= for every word of the query; a search by filters alone has none.
  const url = new URL(data.url, location.href);
  const words = url.searchParams.getAll("highlight").filter(Boolean);
  url.searchParams.delete("highlight");
  for (const word of words) url.searchParams.append("highlight", word);
  link.href = url.pathname + url.search;
  link.textContent = data.meta.title || data.url;
  heading.append(link);
  const meta = document.createElement("p");
  meta.className = "search-meta";
  meta.lang = document.documentElement.lang;
  if (data.meta.date) {
    const time = document.createElement("time");
    time.dateTime = data.meta.date;
    time.textContent = displayDate(data.meta.date);
    meta.append(time);
  }
  const excerpt = document.createElement("p");
  excerpt.className = "search-excerpt";
  excerpt.append(...excerptNodes(data.excerpt || data.meta.summary || ""));
  item.append(heading, meta, excerpt);
  return item;
}

/** @param {SearchState} state @param {number} total */
function describe(state, total) {
  const what = [state.q.trim() ? `for “${state.q.trim()}”` : "", state.tag ? `tagged ${state.tag}` : "", state.year ? `from ${state.year}` : ""]
    .filter(Boolean)
    .join(" ");
  if (total === 0) return `No articles found ${what}. Check the spelling, use fewer words, or remove a filter.`;
  return `${total} ${total === 1 ? "article" : "articles"} found ${what}.`;
}

let searchId = 0;
/** @type {Cursor | undefined} */
let cursor;
let shown = 0;
let total = 0;

async function showMore() {
  if (!cursor) return;
  const id = searchId;
  const page = await cursor(PAGE_SIZE);
  if (id !== searchId) return;
  const items = page.map(resultItem);
  list.append(...items);
  shown += page.length;
  more.hidden = shown >= total;
  return items;
}

/**
 * Runs one search over the bundles merged so far.
 * @param {Pagefind} pf @param {string} term @param {Record<string, string>} filters @param {boolean} byDate
 * @returns {Promise<{ count: number, next: Cursor }>}
 */
async function query(pf, term, filters, byDate) {
  if (byDate && searched.length > 1) {
    const responses = await Promise.all(
      searched.map((bundle) => pf.search(term || null, { filters: { ...filters, bundle: bundle.id }, sort: { date: "desc" } })),
    );
    return { count: responses.reduce((sum, r) => sum + r.results.length, 0), next: newestAcross(responses.map((r) => r.results)) };
  }
  const response = await pf.search(term || null, byDate ? { filters, sort: { date: "desc" } } : { filters });
  return { count: response.results.length, next: inOrder(response.results) };
}

/** @param {SearchState} state */
async function run(state) {
  const id = ++searchId;
  const term = state.q.trim();
  /** @type {Record<string, string>} */
  const filters = {};
  if (state.tag) filters.tag = state.tag;
  if (state.year) filters.year = state.year;
  if (!term && !state.tag && !state.year) {
    list.replaceChildren();
    more.hidden = true;
    older.hidden = true;
    status.textContent = "";
    document.title = document.title.replace(/^.*? · /, "Search · ");
    return;
  }
  if (totalPages === 0) {
    status.textContent = "The archive has no articles yet.";
    return;
  }
  status.textContent = "Searching…";
  const pf = await pagefind();
  await mergeTiers(1);
  // Without words, or when asked, the newest articles come first; otherwise the best matches.
  const byDate = state.sort === "date" || !term;
  let outcome = await query(pf, term, filters, byDate);
  while (outcome.count < PAGE_SIZE && tiersMerged < tierCount && id === searchId) {
    // Doubling the tiers keeps a rare word's search to a few rounds even at 100,000 articles.
    await mergeTiers(tiersMerged * 2);
    outcome = await query(pf, term, filters, byDate);
  }
  if (id !== searchId) return;
  cursor = outcome.next;
  total = outcome.count;
  shown = 0;
  list.replaceChildren();
  await showMore();
  if (id !== searchId) return;
  const partial = tiersMerged < tierCount;
  const searchedPages = searched.reduce((sum, b) => sum + b.pages, 0);
  status.textContent = describe(state, total) + (partial ? ` Searched the newest ${searchedPages.toLocaleString("en")} of ${totalPages.toLocaleString("en")} articles.` : "");
  older.hidden = !partial;
  older.textContent = `Search all ${totalPages.toLocaleString("en")} articles`;
  document.title = document.title.replace(/^.*? · /, `${term ? `${term} – ` : ""}Search · `);
}

/** @param {unknown} error */
function failed(error) {
  status.textContent = "Search is not available right now. Please reload the page and try again.";
  console.error(error);
}

let typing = 0;
function searchNow() {
  clearTimeout(typing);
  const state = stateFromForm();
  writeUrl(state);
  run(state).catch(failed);
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  searchNow();
});
input.addEventListener("input", () => {
  clearTimeout(typing);
  typing = window.setTimeout(searchNow, 300);
});
for (const select of [tagSelect, yearSelect, sortSelect]) select.addEventListener("change", searchNow);
options.addEventListener("toggle", () => {
  if (options.open) loadFilters().catch(failed);
});
older.addEventListener("click", () => {
  older.hidden = true;
  mergeTiers(tierCount)
    .then(() => run(stateFromForm()))
    .catch(failed);
});
more.addEventListener("click", () => {
  showMore()
    .then((items) => items?.[0]?.querySelector("a")?.focus())
    .catch(failed);
});

const initial = stateFromUrl();
input.value = initial.q;
choose(tagSelect, initial.tag);
choose(yearSelect, initial.year);
choose(sortSelect, initial.sort);
options.hidden = false;
if (initial.tag || initial.year || initial.sort) options.open = true;
if (initial.q || initial.tag || initial.year) run(initial).catch(failed);
