/**
 * What a reader typed, understood: words to find, "exact phrases" anywhere in the query,
 * -words to leave out; and the filters beside it (tag, year, a range of months, order),
 * all read from and written to the URL so a search can be shared. Pure functions: the
 * unit tests run them in Node, the page in the browser.
 */
import { PARAMS, SORT_NEWEST } from "../schema.ts";
import { dateLabel, fill, type SearchClientWords } from "./words.ts";

export interface ParsedQuery {
  /** Words every result contains (as Pagefind matches them: stems and word starts). */
  words: string[];
  /** Phrases every result contains word for word. */
  phrases: string[];
  /** Words no result contains. */
  excluded: string[];
}

export interface SearchState {
  q: string;
  tag: string;
  year: string;
  /** "2019-03": the first month searched. */
  from: string;
  /** "2020-06": the last month searched. */
  to: string;
  sort: string;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Splits on spaces outside quotes; an unclosed quote runs to the end of the query. */
export function parseQuery(text: string): ParsedQuery {
  const parsed: ParsedQuery = { words: [], phrases: [], excluded: [] };
  const pattern = /(-?)"([^"]*)"?|(\S+)/gu;
  for (const match of text.matchAll(pattern)) {
    if (match[2] !== undefined) {
      const phrase = match[2].trim().replace(/\s+/gu, " ");
      if (!phrase) continue;
      // -"a phrase" leaves out each of its words: Pagefind matches words, not phrases, to exclude.
      if (match[1]) parsed.excluded.push(...phrase.split(" "));
      else if (phrase.includes(" ")) parsed.phrases.push(phrase);
      else parsed.words.push(phrase);
      continue;
    }
    const token = match[3] ?? "";
    if (token.length > 1 && token.startsWith("-")) parsed.excluded.push(token.slice(1));
    else if (/[\p{L}\p{N}]/u.test(token)) parsed.words.push(token);
  }
  return parsed;
}

export function isEmpty(query: ParsedQuery): boolean {
  return !query.words.length && !query.phrases.length;
}

/** A month field's value, or "" when it is not a month (a hand-edited URL). */
export function monthOrEmpty(value: string | null | undefined): string {
  const trimmed = (value ?? "").trim();
  return MONTH.test(trimmed) ? trimmed : "";
}

export function stateFromParams(params: URLSearchParams): SearchState {
  return {
    q: params.get(PARAMS.query) ?? "",
    tag: params.get(PARAMS.tag) ?? "",
    year: /^\d{4}$/.test(params.get(PARAMS.year) ?? "") ? params.get(PARAMS.year)! : "",
    from: monthOrEmpty(params.get(PARAMS.from)),
    to: monthOrEmpty(params.get(PARAMS.to)),
    sort: params.get(PARAMS.sort) === SORT_NEWEST ? SORT_NEWEST : "",
  };
}

/** Only what is set, in a fixed order: q, tag, year, from, to, sort. */
export function paramsFromState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  const pairs: [string, string][] = [
    [PARAMS.query, state.q.trim()],
    [PARAMS.tag, state.tag],
    [PARAMS.year, state.year],
    [PARAMS.from, state.from],
    [PARAMS.to, state.to],
    [PARAMS.sort, state.sort],
  ];
  for (const [key, value] of pairs) if (value) params.set(key, value);
  return params;
}

/**
 * Every month from `from` to `to` (either may be open: the archive's first or last month),
 * as the month filter's values; undefined when no range is set. A reversed range is read
 * the way the reader meant it.
 */
export function monthsBetween(from: string, to: string, first: string, last: string): string[] | undefined {
  if (!from && !to) return undefined;
  let start = from || first;
  let end = to || last;
  if (start > end) [start, end] = [end, start];
  const months: string[] = [];
  let [year, month] = start.split("-").map(Number) as [number, number];
  for (let guard = 0; guard < 12 * 200; guard++) {
    const value = `${year}-${String(month).padStart(2, "0")}`;
    if (value > end) break;
    months.push(value);
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  return months;
}

/** "2019-03" as "March 2019" in `locale`: written out, never through the reader's time zone. */
export function monthLabel(value: string, locale: string): string {
  const match = MONTH.exec(value);
  return match ? dateLabel(Number(match[1]), Number(match[2]), undefined, locale) : value;
}

/** A list as a reader says it: “a”, “b” and “c”. */
function listed(items: string[], joiner: string, words: SearchClientWords): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(words.listSeparator)}${joiner}${items.at(-1)}`;
}

/** What was understood, for the status line: for “words” “a phrase” without “x” tagged T from March 2019 to June 2020. */
export function describeSearch(query: ParsedQuery, state: SearchState, words: SearchClientWords): string {
  const say = words.describe;
  const quoted = (text: string) => fill(words.quoted, { text });
  const month = (value: string) => monthLabel(value, words.locale);
  const parts: string[] = [];
  const found = [...query.words, ...query.phrases].map(quoted);
  if (found.length) parts.push(fill(say.for, { list: listed(found, words.and, words) }));
  if (query.excluded.length) parts.push(fill(say.without, { list: listed(query.excluded.map(quoted), words.or, words) }));
  if (state.tag) parts.push(fill(say.tagged, { tag: state.tag }));
  if (state.year) parts.push(fill(say.fromYear, { year: state.year }));
  let [from, to] = [state.from, state.to];
  if (from && to && from > to) [from, to] = [to, from];
  if (from && to) parts.push(from === to ? fill(say.inMonth, { month: month(from) }) : fill(say.fromTo, { from: month(from), to: month(to) }));
  else if (from) parts.push(fill(say.fromOn, { month: month(from) }));
  else if (to) parts.push(fill(say.upTo, { month: month(to) }));
  if (state.sort === SORT_NEWEST) parts.push(say.newestFirst);
  return parts.join(" ");
}

// Persian writes ی and ک where Arabic writes ي (ى at a word's end) and ك; keyboards and older
// Persian text mix them, and Pagefind matches letters as written.
const PERSIAN_FORMS: Record<string, string> = { "ي": "ی", "ى": "ی", "ك": "ک" };
const ARABIC_FORMS: Record<string, string> = { "ی": "ي", "ک": "ك" };

/**
 * The query with yeh and kaf in the other script's forms (Arabic forms to Persian first),
 * or undefined when it has none: what the page searches when the query as typed finds nothing.
 */
export function letterVariant(text: string): string | undefined {
  const persian = text.replace(/[يىك]/gu, (letter) => PERSIAN_FORMS[letter] ?? letter);
  if (persian !== text) return persian;
  const arabic = text.replace(/[یک]/gu, (letter) => ARABIC_FORMS[letter] ?? letter);
  return arabic !== text ? arabic : undefined;
}
