/**
 * A result's snippet, made from the text Pagefind stored for the page and the positions
 * of the matched words. Pagefind's own excerpt may begin inside the headline (the indexed
 * record starts with it, src/search/records.ts) and so repeat the title shown above it;
 * this one starts after the headline, at a whole word, at the start of the sentence
 * holding the first match when that is near, and marks the matched words.
 */

export interface SnippetPart {
  text: string;
  marked: boolean;
}

const ZERO_WIDTH_SPACE = "\u200B";
/** As Pagefind splits its content into words (src: build_excerpt in pagefind.js). */
const WORD_SEPARATORS = /[^\S\uFEFF]+/u;
const SENTENCE_END = /[.!?؟。！？…]["'”’»)]*$/u;

function wordsOf(content: string): { words: string[]; joiner: string } {
  if (content.includes(ZERO_WIDTH_SPACE)) return { words: content.split(ZERO_WIDTH_SPACE), joiner: "" };
  return { words: content.split(WORD_SEPARATORS), joiner: " " };
}

/** How many of the content's first words spell the headline (compared without spaces). */
export function headlineWords(words: readonly string[], headline: string): number {
  const target = headline.replace(/\s+/gu, "");
  if (!target) return 0;
  let seen = "";
  for (let i = 0; i < words.length; i++) {
    seen += words[i]!.replace(/\s+/gu, "");
    if (seen.length >= target.length) return seen.startsWith(target) ? i + 1 : 0;
  }
  return 0;
}

/**
 * The snippet: `length` words from the body (never the headline), around the first match
 * after the headline, with "…" where text was left out before or after.
 */
export function snippet(content: string, headline: string, locations: readonly number[], length: number): SnippetPart[] {
  const { words, joiner } = wordsOf(content.replace(/&lt;/g, "<").replace(/&gt;/g, ">"));
  const bodyStart = headlineWords(words, headline);
  if (bodyStart >= words.length) return [];
  const matches = new Set(locations);
  const first = [...locations].filter((l) => l >= bodyStart).sort((a, b) => a - b)[0];
  let start = bodyStart;
  if (first !== undefined) {
    start = Math.max(bodyStart, first - Math.floor(length / 3));
    // Begin the sentence that holds the match, if it begins close enough before it.
    for (let i = first; i > Math.max(bodyStart, first - Math.floor(length / 2)); i--) {
      if (SENTENCE_END.test(words[i - 1] ?? "")) {
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
