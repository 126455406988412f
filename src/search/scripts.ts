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

/** Lowercase, without combining marks: how Pagefind compares words by default. */
export function folded(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** What separates words, for Pagefind as for the checks here ("window.__pwned" is two words). */
export const NOT_WORD = /[^\p{L}\p{N}]+/u;
/** Scripts written without spaces: a word is found inside a run of text, not only at its start. */
export const SEGMENTED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;

/** The script of a word's first letter. */
function scriptOfWord(word: string): string | undefined {
  for (const char of word) {
    const script = scriptOf(char);
    if (script) return script;
  }
  return undefined;
}

/**
 * What the search page knows of a bundle's words: the scripts of its letters, and for the
 * scripts it has only a few words in (Latin bylines in a Persian bundle, a Russian quote in
 * an English one), those words, folded.
 */
export interface BundleWords {
  scripts: readonly string[];
  words?: Readonly<Record<string, readonly string[]>>;
}

/** Whether `needle` (one folded word) starts one of `words`, or, in a script without spaces, is inside one. */
function startsOne(words: readonly string[], needle: string): boolean {
  return SEGMENTED_SCRIPT.test(needle) ? words.some((w) => w.includes(needle)) : words.some((w) => w.startsWith(needle));
}

/**
 * Whether `text` has words starting with `word`: each run of letters and digits in it
 * ("window.__pwned" has two) starts a word of the text; in scripts without spaces, the
 * text contains it.
 */
export function hasWordStarting(text: string, word: string): boolean {
  const needles = folded(word).split(NOT_WORD).filter(Boolean);
  if (!needles.length) return false;
  const words = folded(text).split(NOT_WORD);
  return needles.every((needle) => startsOne(words, needle));
}

/**
 * Whether a bundle can hold every one of `texts` (words or phrases): it has letters in each
 * of their scripts, and where it lists its words in a script, each of their words in that
 * script starts one of them (or, in a script without spaces, is inside one). The listed
 * words are only those Pagefind keeps as written, never stems (`BundleLetters`), so a listed
 * bundle that fails this has no word the query's could match.
 */
export function canHold(bundle: BundleWords, texts: readonly string[]): boolean {
  const have = new Set(bundle.scripts);
  return texts.every(
    (text) =>
      [...scriptsOf(text)].every((script) => have.has(script)) &&
      folded(text)
        .split(NOT_WORD)
        .filter(Boolean)
        .every((word) => {
          const script = scriptOfWord(word);
          const listed = script ? bundle.words?.[script] : undefined;
          return !listed || startsOne(listed, word);
        }),
  );
}

const LATIN_WORD = /[\p{Script=Latin}\p{M}\p{N}]*\p{Script=Latin}[\p{Script=Latin}\p{M}\p{N}]*/gu;
const NOT_ASCII_RUN = /[^\0-\x7f]+/g;

/**
 * What a bundle's text holds for the search page (`BundleWords`): the scripts of its letters,
 * and its words in the scripts it has few of (at most `limit` each). `own` is the script of
 * the bundle's language when its index stems it (Pagefind's stemmers work in one script
 * each, so only that script's words are ever stemmed): its words are never listed.
 */
export class BundleLetters {
  private readonly scripts = new Set<string>();
  private readonly lists = new Map<string, Set<string> | null>();
  /** Runs already split, since a bundle's few words come again and again (bounded: a script past the limit is skipped anyway). */
  private readonly split = new Map<string, readonly string[]>();
  constructor(
    private readonly own: string | undefined,
    private readonly limit: number,
  ) {}

  private list(script: string | undefined, word: string): void {
    if (!script || script === this.own) return;
    const list = this.lists.get(script);
    if (list === null) return;
    if (!list) this.lists.set(script, new Set([word]));
    else if (list.add(word).size > this.limit) this.lists.set(script, null);
  }

  private wordsOf(run: string): readonly string[] {
    let words = this.split.get(run);
    if (!words) {
      words = folded(run).split(NOT_WORD).filter(Boolean);
      if (this.split.size < 10_000) this.split.set(run, words);
    }
    return words;
  }

  /** Whether words of `script` are still being listed. */
  private listing(script: string): boolean {
    return script !== this.own && this.lists.get(script) !== null;
  }

  /**
   * Adds `text`. Every archive's text passes here, so ASCII is checked at native speed:
   * Latin words are looked for by pattern, and only when listed; every other script is
   * outside ASCII, so only non-ASCII runs are read letter by letter, and split into words
   * only when they hold a script still listed.
   */
  add(text: string): void {
    if (/[A-Za-z]/.test(text)) this.scripts.add("Latin");
    if (this.listing("Latin")) {
      for (const [run] of text.matchAll(LATIN_WORD)) for (const word of this.wordsOf(run)) this.list("Latin", word);
    }
    NOT_ASCII_RUN.lastIndex = 0;
    for (let match = NOT_ASCII_RUN.exec(text); match; match = NOT_ASCII_RUN.exec(text)) {
      const run = match[0];
      let wanted = false;
      for (const char of run) {
        const script = scriptOf(char);
        if (!script) continue;
        this.scripts.add(script);
        if (script !== "Latin" && this.listing(script)) wanted = true;
      }
      if (!wanted) continue;
      for (const word of this.wordsOf(run)) {
        const script = scriptOfWord(word);
        if (script !== "Latin") this.list(script, word);
      }
    }
  }

  /** The scripts, and the lists that stayed within the limit, sorted. */
  result(): BundleWords & { scripts: string[]; words?: Record<string, string[]> } {
    const words: Record<string, string[]> = {};
    for (const [script, list] of [...this.lists].sort(([a], [b]) => (a < b ? -1 : 1))) if (list) words[script] = [...list].sort();
    return { scripts: [...this.scripts].sort(), ...(Object.keys(words).length ? { words } : {}) };
  }
}
