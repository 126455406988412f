import { toSlug } from "../model/slug.ts";

/**
 * A working headline, dateline and slug drawn from a dispatch's lede, for an editor to
 * review. Sentences end at . ! ? … and their CJK and Arabic forms, but never at an
 * abbreviation ("The U.S. Treasury", "Dr. Rafael Grossi"); a leading dateline
 * ("GENEVA (Example Wire) —", "МОСКВА, 4 авг - РИА Новости.", "新华网北京7月26日电") is the
 * place line, not the headline.
 */

/** Most words in a drawn headline. */
export const HEADLINE_WORDS = 12;
/** Most meaningful words (not "the", "of"…) in a slug, and most characters. */
export const SLUG_WORDS = 8;
export const SLUG_LENGTH = 80;

export interface Dateline {
  dateline: string;
  /** The lede after the dateline. */
  rest: string;
}

// Place in capitals (a cased script), optional ", date", optional "(Agency)", a dash,
// and optionally a short agency name ending in a full stop ("РИА Новости.").
const CASED_DATELINE =
  /^(\p{Lu}[\p{Lu}\p{M}.'’ /-]*\p{Lu}\.?(?:,[ \t]*[^\n,—–()-]{1,30}?)?(?:[ \t]*\([^()\n]{1,40}\))?)[ \t]*[—–-]{1,2}[ \t]*(?:((?:\p{Lu}[\p{L}\p{M}]*[ \t]?){1,3})\.[ \t]+)?(?=\S)/u;
// Scripts without capitals: a short place (at most three words), "(Agency)" if any, a dash set off by spaces.
const UNCASED_DATELINE = /^([^\s()\n—–-][^()\n—–-]{0,30}?(?:[ \t]*\([^()\n]{1,40}\))?)[ \t]+[—–-]{1,2}[ \t]+(?=\S)/u;
// Chinese agencies: 新华网北京7月26日电, 人民网北京6月30日电.
const CJK_DATELINE = /^([\p{Script=Han}]{2,12}\d{1,2}月\d{1,2}日电)[ \t\u3000]*(?=\S)/u;

/** A dateline at the very start of the lede, if there is one. */
export function splitDateline(lede: string): Dateline | undefined {
  const text = lede.trim();
  const cased = CASED_DATELINE.exec(text);
  if (cased && /\p{Lu}{2}/u.test(cased[1]!)) {
    const dateline = [cased[1]!.trim(), cased[2]?.trim()].filter(Boolean).join(" - ");
    return { dateline, rest: text.slice(cased[0].length) };
  }
  const uncased = UNCASED_DATELINE.exec(text);
  if (uncased && !/\p{Lu}|\p{Ll}|\p{Script=Han}/u.test(uncased[1]!) && uncased[1]!.replace(/\([^)]*\)/, "").trim().split(/\s+/).length <= 3) {
    return { dateline: uncased[1]!.trim(), rest: text.slice(uncased[0].length) };
  }
  const cjk = CJK_DATELINE.exec(text);
  if (cjk) return { dateline: cjk[1]!, rest: text.slice(cjk[0].length) };
  return undefined;
}

/** Words that end with a full stop without ending the sentence. */
const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr prof gen sen rep gov lt col capt cpt sgt maj adm cmdr st jr sr mt ft no nos vol vs etc e.g i.e inc co corp ltd bros " +
    "jan feb mar apr jun jul aug sep sept oct nov dec approx est dept univ ave blvd rev hon pres amb gov't fig al " +
    "г гг им т.е т.к ул д. тыс млн млрд руб"
  ).split(" "),
);

function endsWithAbbreviation(before: string): boolean {
  const word = /(\S+)$/.exec(before)?.[1] ?? "";
  const bare = word.replace(/^[("'“‘«]+/, "").replace(/\.$/, "");
  if (!bare) return false;
  if (ABBREVIATIONS.has(bare.toLowerCase())) return true;
  // Initials and dotted abbreviations: U.S, U.N, J.R.R, a single capital (the "J." in "Michael J. Fox").
  return /^(?:\p{L}\.)+\p{L}$/u.test(bare) || /^\p{Lu}$/u.test(bare);
}

/** The first sentence of a paragraph, whitespace collapsed, with its closing punctuation. */
export function firstSentence(paragraph: string): string {
  const text = paragraph.replace(/\s+/g, " ").trim();
  // CJK and Arabic/Persian full stops need no space after them.
  const ender = /[.!?…]+["'”’»)]*(?= \S)|[。！？؟]+["'”’」』)]*/gu;
  for (const match of text.matchAll(ender)) {
    const before = text.slice(0, match.index);
    // "!Kung", "?!" at the start: punctuation before any letter ends nothing.
    if (!/[\p{L}\p{N}]/u.test(before)) continue;
    if (match[0].startsWith(".") && match[0].length === 1 && endsWithAbbreviation(before)) continue;
    // "5.3" or "1.13bn": a full stop between digits is a decimal point (the space test already covers most).
    return text.slice(0, match.index + match[0].length).trim();
  }
  return text;
}

const segmenter = new Intl.Segmenter("und", { granularity: "word" });

/** Word-like segments (ICU dictionaries split Chinese and Japanese into words too). */
function wordCount(text: string): number {
  let count = 0;
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) count++;
  return count;
}

/** The text up to its `limit`-th word, cut at a word boundary. */
function firstWords(text: string, limit: number): string {
  let count = 0;
  let end = text.length;
  for (const segment of segmenter.segment(text)) {
    if (!segment.isWordLike) continue;
    if (count === limit) {
      end = segment.index;
      break;
    }
    count++;
  }
  return text.slice(0, end).trim();
}

const WEAK_ENDINGS = /\s(?:a|an|the|of|in|on|at|to|for|and|or|but|with|by|from|as|its|their|his|her|that|which|who|is|was|were|are|has|have|had|will|would|said)$/i;

/** Strip what a headline does not end with: closing full stops, dangling commas and function words. */
function tidyEnd(text: string): string {
  let result = text.replace(/[\s,;:—–-]+$/u, "").replace(/(?<!\.\p{L})[.。．]+$/u, "");
  while (WEAK_ENDINGS.test(result)) result = result.replace(WEAK_ENDINGS, "");
  return result.trim();
}

export interface DrawnHeadline {
  headline: string;
  dateline?: string;
}

/**
 * A working headline from the lede: its first sentence when short; else that sentence's
 * first clause when it has at least four words; else its first words, marked with "…".
 */
export function drawHeadline(lede: string): DrawnHeadline {
  const split = splitDateline(lede);
  const rest = split && split.rest.trim() ? split.rest : lede;
  let sentence = firstSentence(rest).replace(/[。．]+$/u, "");
  // The closing full stop goes, unless it belongs to an abbreviation ("… in the U.S.").
  if (/[^.]\.$/u.test(sentence) && !endsWithAbbreviation(sentence.slice(0, -1))) sentence = sentence.slice(0, -1);
  let headline = sentence;
  if (wordCount(sentence) > HEADLINE_WORDS) {
    const clause = sentence.split(/[,;:，；：、]\s*|\s[—–-]\s/u)[0]?.trim() ?? "";
    const words = wordCount(clause);
    headline = words >= 4 && words <= HEADLINE_WORDS ? tidyEnd(clause) : `${tidyEnd(firstWords(sentence, HEADLINE_WORDS))}…`;
  }
  return split ? { headline, dateline: split.dateline } : { headline };
}

/** Most words in a dispatch's first line for it to be read as the dispatch's own headline. */
export const HEADLINE_LINE_WORDS = 20;

/**
 * The dispatch's own headline, when its first paragraph is one: a single short line that
 * does not end a sentence ("Ad sales boost Time Warner profit", "台湾南投县发生5.3级地震"),
 * with the story after it. Wire copy and exported news often start so.
 */
export function headlineLine(paragraphs: readonly string[]): string | undefined {
  const first = paragraphs[0]?.trim() ?? "";
  if (paragraphs.length < 2 || !first || first.includes("\n")) return undefined;
  if (/[.!?…。！？؟:：;；,，、"'”’»)\]]$/u.test(first) || splitDateline(first)) return undefined;
  return wordCount(first) <= HEADLINE_LINE_WORDS ? first : undefined;
}

const STOP_WORDS = new Set("a an the of in on at to for and or but with by from as is are was were be its it".split(" "));

/** Romanised words of a text, word by word, so mixed scripts keep every part and Chinese gets word breaks. */
function romanisedWords(text: string): string[] {
  const words: string[] = [];
  for (const segment of segmenter.segment(text)) {
    if (!segment.isWordLike) continue;
    // toSlug: slugify's tables (Cyrillic, Greek, Arabic, Persian…), else any-ascii.
    words.push(...toSlug(segment.segment).split("-").filter(Boolean));
  }
  return words;
}

/**
 * The slug for a headline: romanised (any-ascii) when it holds non-Latin letters, so mixed
 * scripts keep every part; dotted abbreviations kept whole ("U.S." → "us"); at most
 * SLUG_WORDS meaningful words and SLUG_LENGTH characters. Undefined when nothing readable
 * is left (the caller then uses a neutral slug with the date).
 */
export function slugForHeadline(headline: string): string | undefined {
  const undotted = headline.replace(/(?:\p{L}\.){2,}/gu, (m) => m.replace(/\./g, ""));
  const words = romanisedWords(undotted);
  const kept: string[] = [];
  let meaningful = 0;
  for (const word of words) {
    if (!STOP_WORDS.has(word)) meaningful++;
    if (meaningful > SLUG_WORDS) break;
    if ([...kept, word].join("-").length > SLUG_LENGTH) break;
    kept.push(word);
  }
  while (kept.length > 1 && STOP_WORDS.has(kept[kept.length - 1]!)) kept.pop();
  // Digits alone ("2019-2-1") say nothing about the story.
  if (!kept.some((word) => /[a-z]{2}/.test(word))) return undefined;
  return kept.join("-");
}

/** A short neutral slug for a headline that gives no readable one. */
export function neutralSlug(day: string): string {
  return `dispatch-${day.replace(/-/g, "")}`;
}
