/**
 * The writing systems a text's letters are in, so the search page merges only the index
 * bundles that can hold a query's words: a bundle with no Latin letter cannot match
 * "talks", and a bundle of English articles cannot match "ژنو". Shared by the indexer's
 * plan (src/search/records.ts), which lists each bundle's scripts, and the browser client.
 * Digits, punctuation and marks belong to no script here: they never rule a bundle out.
 * No Node or DOM imports: both sides compile it.
 */

/** Unicode scripts told apart; a letter of any other script counts as "Other". */
const NAMED = ["Latin", "Cyrillic", "Greek", "Arabic", "Hebrew", "Armenian", "Georgian", "Devanagari", "Bengali", "Tamil", "Thai", "Hangul", "Hiragana", "Katakana", "Han", "Ethiopic"] as const;
const PATTERNS = NAMED.map((name) => [name, new RegExp(`\\p{Script=${name}}`, "u")] as const);
const LETTER = /\p{L}/u;
const known = new Map<string, string | undefined>();

function scriptOf(char: string): string | undefined {
  if (known.has(char)) return known.get(char);
  const script = LETTER.test(char) ? (PATTERNS.find(([, pattern]) => pattern.test(char))?.[0] ?? "Other") : undefined;
  known.set(char, script);
  return script;
}

const NOT_ASCII = /[^\0-\x7f]/gu;

/** Adds the scripts of `text`'s letters to `into`. Indexing scans every article: ASCII is checked at native speed. */
export function addScripts(text: string, into: Set<string>): Set<string> {
  if (/[A-Za-z]/.test(text)) into.add("Latin");
  for (const [char] of text.matchAll(NOT_ASCII)) {
    const script = scriptOf(char);
    if (script) into.add(script);
  }
  return into;
}

export function scriptsOf(text: string): Set<string> {
  return addScripts(text, new Set());
}

/** Whether a bundle whose letters are in `bundleScripts` can hold every one of `texts` (words or phrases). */
export function canHold(bundleScripts: readonly string[], texts: readonly string[]): boolean {
  const have = new Set(bundleScripts);
  return texts.every((text) => [...scriptsOf(text)].every((script) => have.has(script)));
}
