import { vocabulary as defaultVocabulary, type TagDefinition, type TagKind } from "../_data/tags.ts";
import { MAX_SLUG_LENGTH, toSlug } from "./slug.ts";
import type { Problem } from "./problems.ts";

export interface Tag {
  name: string;
  slug: string;
  kind: TagKind;
  description?: string;
}

/**
 * The key under which spellings of one tag meet: case, runs of white space, Unicode
 * composition and typographic hyphens or apostrophes do not make a different tag.
 */
export function tagKey(name: string): string {
  return name
    .normalize("NFC")
    .replace(/[\u2010\u2011\u2012\u2013]/g, "-")
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\s+/g, " ")
    .trim()
    .toLocaleLowerCase("en");
}

export interface TagResolver {
  /** The vocabulary tag a written name means, if it is one of its names or aliases. */
  lookup(written: string): Tag | undefined;
  readonly tags: readonly Tag[];
}

/** Indexes a vocabulary; a vocabulary that names one thing twice is a programming error. */
export function createTagResolver(vocabulary: readonly TagDefinition[] = defaultVocabulary): TagResolver {
  const byKey = new Map<string, Tag>();
  const bySlug = new Map<string, Tag>();
  const tags: Tag[] = [];
  for (const definition of vocabulary) {
    const tag: Tag = { name: definition.name, slug: toSlug(definition.name), kind: definition.kind };
    if (definition.description) tag.description = definition.description;
    if (!tag.slug) throw new Error(`tag vocabulary: "${definition.name}" has no letters or digits for a URL`);
    const clash = bySlug.get(tag.slug);
    if (clash) throw new Error(`tag vocabulary: "${definition.name}" and "${clash.name}" share the URL slug "${tag.slug}"`);
    bySlug.set(tag.slug, tag);
    tags.push(tag);
    for (const name of [definition.name, ...(definition.aliases ?? [])]) {
      const key = tagKey(name);
      const owner = byKey.get(key);
      if (owner && owner !== tag) throw new Error(`tag vocabulary: "${name}" names both "${owner.name}" and "${tag.name}"`);
      byKey.set(key, tag);
    }
  }
  return { lookup: (written) => byKey.get(tagKey(written)), tags };
}

export interface TaggedSource {
  sourcePath: string;
  tags: readonly string[];
}

export interface Taxonomy {
  /** For each source, in order, its resolved tags: no duplicates, in the order written. */
  tagsOf: Tag[][];
  problems: Problem[];
}

/**
 * Resolves every article's written tags to one canonical tag each. A name outside the
 * vocabulary is a topic tag named as it is first written (sources in the order given);
 * two different names that would share one tag page are reported with both files.
 */
export function resolveTags(sources: readonly TaggedSource[], resolver: TagResolver = createTagResolver()): Taxonomy {
  const topicsByKey = new Map<string, { tag: Tag; file: string }>();
  const ownerOfSlug = new Map<string, { tag: Tag; file: string | undefined }>();
  for (const tag of resolver.tags) ownerOfSlug.set(tag.slug, { tag, file: undefined });
  const problems: Problem[] = [];

  const tagsOf = sources.map((source) => {
    const resolved: Tag[] = [];
    for (const written of source.tags) {
      let tag = resolver.lookup(written);
      if (!tag) {
        const key = tagKey(written);
        const known = topicsByKey.get(key);
        if (known) {
          tag = known.tag;
        } else {
          const name = written.normalize("NFC").replace(/\s+/g, " ").trim();
          const slug = toSlug(name);
          if (!slug) {
            problems.push({ file: source.sourcePath, field: "tags", message: `"${written}" has no letters or digits to make a tag URL from` });
            continue;
          }
          if (slug.length > MAX_SLUG_LENGTH) {
            problems.push({
              file: source.sourcePath,
              field: "tags",
              message: `"${name.slice(0, 40)}…" makes a ${slug.length}-character URL slug; a tag's slug may have at most ${MAX_SLUG_LENGTH} characters, so shorten the tag`,
            });
            continue;
          }
          const clash = ownerOfSlug.get(slug);
          if (clash) {
            const where = clash.file ? `in ${clash.file}` : "in the tag vocabulary (src/_data/tags.ts)";
            problems.push({
              file: source.sourcePath,
              field: "tags",
              message: `"${written}" would share the page /tags/${slug}/ with "${clash.tag.name}" ${where}; use one spelling, or add an alias to src/_data/tags.ts`,
            });
            continue;
          }
          tag = { name, slug, kind: "topic" };
          topicsByKey.set(key, { tag, file: source.sourcePath });
          ownerOfSlug.set(slug, { tag, file: source.sourcePath });
        }
      }
      if (!resolved.includes(tag)) resolved.push(tag);
    }
    return resolved;
  });
  return { tagsOf, problems };
}

/** How many tags a list entry shows (home, tag, date pages, related articles, tag feeds). */
export const LISTED_TAG_COUNT = 3;

/**
 * Which kinds say most about a story, first: who, then which institution, then where, then
 * what about. "Abbas Araghchi" tells a reader scanning a list more than "Diplomacy".
 */
const SPECIFICITY: readonly TagKind[] = ["person", "organisation", "place", "topic"];

/**
 * The few tags a list entry shows: the first written of the most specific kinds. The
 * article page shows them all; lists show a few so an article with many tags neither
 * swamps its headline nor repeats every tag on every list and feed it is on (which made
 * output grow with tags × tags).
 */
export function listedTags<T extends Pick<Tag, "kind">>(tags: readonly T[], count: number = LISTED_TAG_COUNT): T[] {
  return SPECIFICITY.flatMap((kind) => tags.filter((tag) => tag.kind === kind)).slice(0, count);
}
