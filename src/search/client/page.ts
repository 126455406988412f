/**
 * The search page's script (bundled to /assets/search.js by src/eleventy/assets.ts): reads
 * the search from the URL or the form, runs it over every index bundle
 * (src/search/client/engine.ts), shows the results a page at a time and says in the live
 * region what was searched and how many articles matched. Every control is in the page's
 * HTML (src/pages/search.11ty.ts), so nothing moves when this starts.
 */
import { FILTER_KEYS, PAGE_SIZE, SORT_NEWEST, TAG_KINDS, type BundleEntry } from "../schema.ts";
import { runSearch, type Cursor, type Shown } from "./engine.ts";
import { loadPagefind, type Filters, type Index } from "./pagefind.ts";
import { canHold } from "../scripts.ts";
import { describeSearch, isEmpty, letterVariant, monthsBetween, paramsFromState, parseQuery, stateFromParams, type SearchState } from "./query.ts";
import { resultItem } from "./results.ts";
import { fill, plural, wordsFrom } from "./words.ts";

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`search page: no #${id}`);
  return found as T;
}

const form = element<HTMLFormElement>("search-form");
const input = element<HTMLInputElement>("search-q");
const tagSelect = element<HTMLSelectElement>("search-tag");
const yearSelect = element<HTMLSelectElement>("search-year");
const fromInput = element<HTMLInputElement>("search-from");
const toInput = element<HTMLInputElement>("search-to");
const sortSelect = element<HTMLSelectElement>("search-sort");
const options = element<HTMLDetailsElement>("search-options");
const status = element<HTMLElement>("search-status");
const list = element<HTMLOListElement>("search-results");
const more = element<HTMLButtonElement>("search-more");

const words = wordsFrom(form.dataset.words);
const bundles = JSON.parse(form.dataset.bundles ?? "[]") as BundleEntry[];
const [firstMonth = "", lastMonth = ""] = (form.dataset.months ?? "").split(" ");
const totalPages = bundles.reduce((sum, b) => sum + b.pages, 0);
const pageTitle = document.title;

let loading: Promise<Index> | undefined;
function pagefind(): Promise<Index> {
  loading ??= loadPagefind(String(form.dataset.pagefind), form.dataset.baseUrl ?? "/", bundles[0]);
  return loading;
}

function stateFromForm(): SearchState {
  return { q: input.value, tag: tagSelect.value, year: yearSelect.value, from: fromInput.value, to: toInput.value, sort: sortSelect.value };
}

function writeUrl(state: SearchState): void {
  const query = paramsFromState(state).toString();
  history.replaceState(null, "", query ? `?${query}` : location.pathname);
}

/** Selects a value, adding it as an option when the list does not have it yet (filters load on demand). */
function choose(select: HTMLSelectElement, value: string): void {
  if (value && ![...select.options].some((o) => o.value === value)) select.add(new Option(value, value));
  select.value = value;
}

let filtersLoaded = false;
async function loadFilters(): Promise<void> {
  if (filtersLoaded) return;
  filtersLoaded = true;
  const index = await pagefind();
  // Counts over the whole archive: every bundle.
  await index.include(bundles);
  const all = await index.pf.filters();
  const [chosenTag, chosenYear] = [tagSelect.value, yearSelect.value];
  tagSelect.length = 1;
  for (const kind of TAG_KINDS) {
    const values = Object.entries(all[kind] ?? {}).sort(([a], [b]) => a.localeCompare(b));
    if (!values.length) continue;
    const group = document.createElement("optgroup");
    group.label = words.tagKinds[kind];
    for (const [name, count] of values) group.append(new Option(`${name} (${count})`, name));
    tagSelect.append(group);
  }
  yearSelect.length = 1;
  for (const [year, count] of Object.entries(all[FILTER_KEYS.year] ?? {}).sort(([a], [b]) => b.localeCompare(a))) {
    yearSelect.append(new Option(`${year} (${count})`, year));
  }
  choose(tagSelect, chosenTag);
  choose(yearSelect, chosenYear);
}

function filtersOf(state: SearchState): Filters {
  const filters: Filters = {};
  if (state.tag) filters[FILTER_KEYS.tag] = state.tag;
  if (state.year) filters[FILTER_KEYS.year] = state.year;
  const months = monthsBetween(state.from, state.to, firstMonth, lastMonth);
  if (months) filters[FILTER_KEYS.month] = { any: months };
  return filters;
}

let searchId = 0;
let cursor: Cursor | undefined;
let highlight: string[] = [];
let shown = 0;
let total = 0;

async function showMore(): Promise<HTMLLIElement[]> {
  if (!cursor) return [];
  const id = searchId;
  const page = await cursor(PAGE_SIZE);
  if (id !== searchId) return [];
  const items = page.map((result) => resultItem(result, highlight, words.locale));
  list.append(...items);
  shown += page.length;
  more.hidden = shown >= total;
  return items;
}

function clear(): void {
  list.replaceChildren();
  more.hidden = true;
  cursor = undefined;
}

/** `typed`: the reader's own query, when this search is for its other letter forms (query.ts letterVariant). */
async function run(state: SearchState, typed?: string): Promise<void> {
  const id = ++searchId;
  const query = parseQuery(state.q);
  const filters = filtersOf(state);
  if (isEmpty(query) && !Object.keys(filters).length) {
    clear();
    status.textContent = query.excluded.length ? words.needsWord : "";
    document.title = pageTitle;
    return;
  }
  if (totalPages === 0) {
    status.textContent = words.noArticles;
    return;
  }
  status.textContent = words.searching;
  const index = await pagefind();
  // Only bundles with letters in the scripts of every word and phrase, and the words where they list theirs, can match them all.
  const eligible = bundles.filter((bundle) => canHold(bundle, [...query.words, ...query.phrases]));
  await index.include(eligible);
  const marked = [...query.words, ...query.phrases.flatMap((p) => p.split(" "))].map((word) => word.toLowerCase());
  // The best matches as soon as they are final; the count follows (the status still says "Searching…").
  let earlyIds = "";
  const early = (page: Shown[]) => {
    if (id !== searchId) return;
    cursor = undefined;
    more.hidden = true;
    list.replaceChildren(...page.map((result) => resultItem(result, marked, words.locale)));
    earlyIds = page.map((result) => result.id).join(" ");
  };
  // Without words, or when asked, the newest articles come first; otherwise the best matches.
  const outcome = await runSearch(index.pf, eligible, index.merged(), query, filters, state.sort === SORT_NEWEST || isEmpty(query), early);
  if (id !== searchId) return;
  const variant = outcome.count === 0 && typed === undefined ? letterVariant(state.q) : undefined;
  if (variant !== undefined) return run({ ...state, q: variant }, state.q);
  cursor = outcome.next;
  total = outcome.count;
  highlight = marked;
  shown = 0;
  const page = await outcome.next(PAGE_SIZE);
  if (id !== searchId) return;
  // Shown early already: left as it is, so a reader who has moved into the results stays there.
  if (!earlyIds || page.map((result) => result.id).join(" ") !== earlyIds) list.replaceChildren(...page.map((result) => resultItem(result, highlight, words.locale)));
  shown = page.length;
  more.hidden = shown >= total;
  // Nothing in either letter form: say so of what the reader typed.
  const said = total === 0 && typed !== undefined ? { ...state, q: typed } : state;
  const what = describeSearch(said === state ? query : parseQuery(said.q), said, words);
  status.textContent =
    total === 0
      ? fill(words.noneFound, { what })
      : fill(plural(words.found, total, words.locale), { count: total.toLocaleString(words.locale), what });
  document.title = said.q.trim() ? `${said.q.trim()} – ${pageTitle}` : pageTitle;
}

function failed(error: unknown): void {
  status.textContent = words.unavailable;
  console.error(error);
}

let typing = 0;
function searchNow(): void {
  clearTimeout(typing);
  const state = stateFromForm();
  writeUrl(state);
  run(state).catch(failed);
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  searchNow();
});
// The index starts loading when the reader starts to search, not when the results are asked for.
input.addEventListener("focus", () => void pagefind().catch(failed), { once: true });
input.addEventListener("input", () => {
  clearTimeout(typing);
  typing = window.setTimeout(searchNow, 300);
});
for (const control of [tagSelect, yearSelect, fromInput, toInput, sortSelect]) control.addEventListener("change", searchNow);
options.addEventListener("toggle", () => {
  if (options.open) loadFilters().catch(failed);
});
more.addEventListener("click", () => {
  showMore()
    .then((items) => items[0]?.querySelector("a")?.focus())
    .catch(failed);
});

const initial = stateFromParams(new URLSearchParams(location.search));
input.value = initial.q;
choose(tagSelect, initial.tag);
choose(yearSelect, initial.year);
fromInput.value = initial.from;
toInput.value = initial.to;
choose(sortSelect, initial.sort);
if (initial.q || initial.tag || initial.year || initial.from || initial.to) run(initial).catch(failed);
