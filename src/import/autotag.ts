import { vocabulary as defaultVocabulary, type TagDefinition } from "../_data/tags.ts";

/**
 * Suggests tags for a text by finding the vocabulary's names and aliases in it, for an
 * editor to review. Matching is on whole words; a spelling written in capitals only
 * ("US", "UN", "AP", "U.S.") is an abbreviation and must appear in capitals, so the word
 * "us" never tags the United States. Where spellings overlap, the longest wins:
 * "UN Security Council" is that council, not also the United Nations.
 */
export interface Tagger {
  /** Canonical names of the tags found, in the vocabulary's order. */
  suggest(text: string): string[];
}

interface Spelling {
  pattern: RegExp;
  /** Index of the tag in the vocabulary. */
  tag: number;
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

function patternFor(spelling: string): RegExp {
  const body = normalise(spelling)
    .trim()
    .split(/\s+/)
    .map(escapeRegExp)
    .join("\\s+");
  // Whole words: no letter, digit or combining mark may touch either end.
  return new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])${body}(?![\\p{L}\\p{N}\\p{M}])`, isAbbreviation(spelling) ? "gu" : "giu");
}

export function createTagger(vocabulary: readonly TagDefinition[] = defaultVocabulary): Tagger {
  const spellings: Spelling[] = vocabulary.flatMap((definition, tag) =>
    [definition.name, ...(definition.aliases ?? [])].map((spelling) => ({ pattern: patternFor(spelling), tag })),
  );
  return {
    suggest(text: string): string[] {
      const normalised = normalise(text);
      const matches: { start: number; end: number; tag: number }[] = [];
      for (const { pattern, tag } of spellings) {
        for (const match of normalised.matchAll(pattern)) {
          matches.push({ start: match.index, end: match.index + match[0].length, tag });
        }
      }
      // Leftmost first, then longest: a longer spelling covering a shorter one wins.
      matches.sort((a, b) => a.start - b.start || b.end - a.end || a.tag - b.tag);
      const found = new Set<number>();
      let covered = 0;
      for (const match of matches) {
        if (match.start < covered) continue;
        found.add(match.tag);
        covered = match.end;
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
