/**
 * A result's snippet, made from the text Pagefind stored for the page and the positions
 * of the matched words. Pagefind's own excerpt may begin inside the headline (the indexed
 * record starts with it, src/search/records.ts) and so repeat the title shown above it;
 * this one starts after the headline, at a whole word, at the start of the sentence
 * holding the first match when that is near, and marks the matched words. A body whose
 * first paragraph is the headline again (a dispatch's headline line, kept word for word by
 * the importer) is shown from its second.
 */

export interface SnippetPart {
  text: string;
  marked: boolean;
}

const ZERO_WIDTH_SPACE = "\u200B";
/** As Pagefind splits its content into words (src: build_excerpt in pagefind.js). */
const WORD_SEPARATORS = /[^\S\uFEFF]+/u;
const SENTENCE_END = /[.!?؟。！？…]["'”’»)]*\s*$/u;

function wordsOf(content: string): { words: string[]; joiner: string } {
  if (content.includes(ZERO_WIDTH_SPACE)) return { words: content.split(ZERO_WIDTH_SPACE), joiner: "" };
  return { words: content.split(WORD_SEPARATORS), joiner: " " };
}

/** How many of the content's words from `from` spell the headline (compared without spaces). */
export function headlineWords(words: readonly string[], headline: string, from = 0): number {
  const target = headline.replace(/\s+/gu, "");
  if (!target) return 0;
  let seen = "";
  for (let i = from; i < words.length; i++) {
    seen += words[i]!.replace(/\s+/gu, "");
    if (seen.length >= target.length) return seen.startsWith(target) ? i + 1 - from : 0;
  }
  return 0;
}

/**
 * The first word from `from` that holds a letter or a digit: Pagefind ends a block that has
 * no closing punctuation with ". ", which in scripts without spaces is a word of its own.
 */
function wordAt(words: readonly string[], from: number): number {
  let i = from;
  while (i < words.length && !/[\p{L}\p{N}]/u.test(words[i]!)) i++;
  return i;
}

/** Where the body starts: after the headline, and after the headline again if the body opens with it. */
function bodyStartOf(words: readonly string[], headline: string): number {
  const afterHeadline = wordAt(words, headlineWords(words, headline));
  const repeated = headlineWords(words, headline, afterHeadline);
  const afterRepeat = wordAt(words, afterHeadline + repeated);
  return repeated && afterRepeat < words.length ? afterRepeat : afterHeadline;
}

/**
 * The snippet: `length` words from the body (never the headline), around the first match
 * after the headline, with "…" where text was left out before or after.
 */
export function snippet(content: string, headline: string, locations: readonly number[], length: number): SnippetPart[] {
  const { words, joiner } = wordsOf(content.replace(/&lt;/g, "<").replace(/&gt;/g, ">"));
  const bodyStart = bodyStartOf(words, headline);
  if (bodyStart >= words.length) return [];
  const matches = new Set(locations);
  const first = [...locations].filter((l) => l >= bodyStart).sort((a, b) => a - b)[0];
  let start = bodyStart;
  if (first !== undefined) {
    start = wordAt(words, Math.max(bodyStart, first - Math.floor(length / 3)));
    // Begin the sentence that holds the match, if it begins close enough before it (the body's start begins one).
    for (let i = first; i >= Math.max(bodyStart, first - Math.floor(length / 2)); i--) {
      if (i === bodyStart || SENTENCE_END.test(words[i - 1] ?? "")) {
        start = i;
        break;
      }
    }
  }
  const end = Math.min(words.length, start + length);
  const parts: SnippetPart[] = [];
  const push = (text: string, marked: boolean) => {
    const last = parts.at(-1);
    if (last && last.marked === marked) last.text += text;
    else parts.push({ text, marked });
  };
  if (start > bodyStart) push(`…${joiner}`, false);
  for (let i = start; i < end; i++) {
    if (i > start) push(joiner, false);
    push(words[i]!, matches.has(i));
  }
  if (end < words.length) push(`${joiner}…`, false);
  return parts;
}
