import { vocabulary as defaultVocabulary, type TagDefinition } from "../_data/tags.ts";

/**
 * Suggests tags for a text by finding the vocabulary's names and aliases in it, for an
 * editor to review. Matching is on whole names; a spelling written in capitals only
 * ("US", "UN", "AP", "U.S.") is an abbreviation and must appear in capitals, so the word
 * "us" never tags the United States. Where spellings overlap, the longest wins:
 * "UN Security Council" is that council, not also the United Nations.
 *
 * Precision rules, per kind: names of people, places and organisations must start with a
 * capital as written ("a gulf between them" is not the Gulf); a place inside a longer
 * proper name is not that place ("AOL Europe", "Washington Post", "US dollar"); a topic
 * word describing a job or a desk is not the topic ("technology correspondent").
 * Spellings in scripts without spaces (Chinese, Japanese) match anywhere; Arabic-script
 * spellings also match after a one-letter clitic (و، ب، ل، ف، ک); Cyrillic ones with a
 * short case ending (Ирана, Иране).
 */
export interface Tagger {
  /** Canonical names of the tags found, in the vocabulary's order. */
  suggest(text: string): string[];
}

interface Spelling {
  pattern: RegExp;
  /** Index of the tag in the vocabulary. */
  tag: number;
  abbreviation: boolean;
  /** A name in a cased script: must start with a capital in the text ("the" before it aside). */
  proper: boolean;
  /** Where the capital is: after a leading "The ". */
  capitalAt: number;
}

/** Typographic variants that do not make a different word (as in taxonomy.ts's tag keys). */
function normalise(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\u2010\u2011\u2012\u2013]/g, "-")
    .replace(/[\u2018\u2019\u02bc]/g, "'");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** An abbreviation: capitals (and dots, digits) only. */
function isAbbreviation(spelling: string): boolean {
  return /\p{Lu}/u.test(spelling) && !/\p{Ll}/u.test(spelling);
}

/** A word as a pattern matching it in any case: "Iran" → [Ii][Rr][Aa][Nn]. */
function caseless(word: string): string {
  return [...word]
    .map((ch) => {
      const lower = ch.toLowerCase();
      const upper = ch.toUpperCase();
      if (lower === upper || [...lower].length !== 1 || [...upper].length !== 1) return escapeRegExp(ch);
      return `[${lower}${upper}]`;
    })
    .join("");
}

function patternFor(spelling: string): RegExp {
  const abbreviation = isAbbreviation(spelling);
  const body = normalise(spelling)
    .trim()
    .split(/\s+/)
    .map((word) => (abbreviation ? escapeRegExp(word) : caseless(word)))
    .join("\\s+");
  // No `i` flag: with `u` it makes V8 about 80 times slower; each letter lists both cases instead.
  const flags = "gu";
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(spelling)) return new RegExp(body, flags);
  if (/\p{Script=Arabic}/u.test(spelling)) return new RegExp(`(?<![\\p{L}\\p{N}\\p{M}](?<![وبلفک]))(?<=[وبلفک]?)${body}(?![\\p{L}\\p{N}\\p{M}])`, flags);
  const ending = /\p{Script=Cyrillic}$/u.test(spelling) && /[бвгджзклмнпрстфхцчшщ]$/iu.test(spelling) ? "[а-яё]{0,2}" : "";
  // Whole words: no letter, digit or combining mark may touch either end.
  return new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])${body}${ending}(?![\\p{L}\\p{N}\\p{M}])`, flags);
}

/** Words after a place that make it part of another name: "US dollar", "Washington Post", "Iran Air". */
const PLACE_NAME_FOLLOWERS = new Set("dollar dollars pound pounds euro open post times journal herald mail daily telegraph air airways airlines telecom online motors saint-germain stock".split(" "));
/** Words after a topic that make it a job or a desk: "technology correspondent". */
const ROLE_FOLLOWERS = new Set("correspondent correspondents editor editors reporter reporters desk writer writers analyst analysts columnist section".split(" "));
/** Capitalised words that may stand before a place without making a longer name. */
const PLACE_PRECEDERS = new Set(
  ("the in of from to and or for with on at by as near across central eastern western northern southern north south east west greater mainland " +
    "but while when after before since until if although both between against about also then yesterday today monday tuesday wednesday thursday friday saturday sunday " +
    "january february march april may june july august september october november december")
    .split(" "),
);

function wordAfter(text: string, end: number): string {
  return /^[ \t]+([\p{L}][\p{L}\p{M}-]*)/u.exec(text.slice(end))?.[1] ?? "";
}

/**
 * A capitalised word right before `start`, other than a function word, a day or a month
 * (which may begin a sentence): the place is part of a longer name ("AOL Europe").
 */
function inLongerName(text: string, start: number): boolean {
  const before = /(?:^|[^\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}&'’-]*) $/u.exec(text.slice(Math.max(0, start - 60), start));
  // Only Latin-script words: the list of words that may stand before a place is English.
  return before !== null && /^\p{Script=Latin}/u.test(before[1]!) && !PLACE_PRECEDERS.has(before[1]!.toLowerCase());
}

function counts(vocabulary: readonly TagDefinition[], spelling: Spelling, text: string, start: number, end: number): boolean {
  const kind = vocabulary[spelling.tag]!.kind;
  if (spelling.proper && !/\p{Lu}/u.test(text.charAt(start + spelling.capitalAt))) return false;
  const next = wordAfter(text, end).toLowerCase();
  if (kind === "place") {
    if (PLACE_NAME_FOLLOWERS.has(next)) return false;
    if (!spelling.abbreviation && inLongerName(text, start)) return false;
  }
  if (kind === "topic" && ROLE_FOLLOWERS.has(next)) return false;
  return true;
}

export function createTagger(vocabulary: readonly TagDefinition[] = defaultVocabulary): Tagger {
  const spellings: Spelling[] = vocabulary.flatMap((definition, tag) =>
    [definition.name, ...(definition.aliases ?? [])].map((spelling) => ({
      pattern: patternFor(spelling),
      tag,
      abbreviation: isAbbreviation(spelling),
      proper: definition.kind !== "topic" && /^\p{Lu}/u.test(spelling),
      capitalAt: /^the\s/i.test(spelling) ? 4 : 0,
    })),
  );
  return {
    suggest(text: string): string[] {
      const normalised = normalise(text);
      const matches: { start: number; end: number; tag: number; spelling: Spelling }[] = [];
      for (const spelling of spellings) {
        for (const match of normalised.matchAll(spelling.pattern)) {
          matches.push({ start: match.index, end: match.index + match[0].length, tag: spelling.tag, spelling });
        }
      }
      // Leftmost first, then longest: a longer spelling covering a shorter one wins.
      matches.sort((a, b) => a.start - b.start || b.end - a.end || a.tag - b.tag);
      const found = new Set<number>();
      let covered = 0;
      for (const match of matches) {
        if (match.start < covered) continue;
        // The longest spelling claims its words even when it does not count, so "AOL Europe" is no shorter name either.
        covered = match.end;
        if (counts(vocabulary, match.spelling, normalised, match.start, match.end)) found.add(match.tag);
      }
      return [...found].sort((a, b) => a - b).map((index) => vocabulary[index]!.name);
    },
  };
}

let defaultTagger: Tagger | undefined;

/** Tags the default vocabulary (src/_data/tags.ts) suggests for a text. */
export function suggestTags(text: string): string[] {
  defaultTagger ??= createTagger();
  return defaultTagger.suggest(text);
}
