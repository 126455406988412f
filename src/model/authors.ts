/**
 * Bylines as authors: every name in a byline resolves to one author, with one page at
 * /authors/SLUG/. Spellings meet as tags do (case, white space, typographic hyphens and
 * apostrophes: `tagKey`); the vocabulary (src/_data/authors.ts) adds aliases, a canonical
 * spelling and a bio. Two different names that would share one page are reported with
 * both files, never merged silently.
 */
import { authors as defaultVocabulary, type AuthorDefinition } from "../_data/authors.ts";
import type { Problem } from "./problems.ts";
import { toSlug } from "./slug.ts";
import { tagKey } from "./taxonomy.ts";

export interface Author {
  name: string;
  slug: string;
  bio?: string;
  /** The author's own page outside the archive (the vocabulary's `url`). */
  website?: string;
  sameAs?: readonly string[];
}

export interface AuthorResolver {
  lookup(written: string): Author | undefined;
  readonly authors: readonly Author[];
}

/** Indexes the vocabulary; one that names a person twice is a programming error, found on the first build. */
export function createAuthorResolver(vocabulary: readonly AuthorDefinition[] = defaultVocabulary): AuthorResolver {
  const byKey = new Map<string, Author>();
  const bySlug = new Map<string, Author>();
  const authors: Author[] = [];
  for (const definition of vocabulary) {
    const author: Author = { name: definition.name, slug: toSlug(definition.name) };
    if (definition.bio) author.bio = definition.bio;
    if (definition.url) author.website = definition.url;
    if (definition.sameAs?.length) author.sameAs = definition.sameAs;
    if (!author.slug) throw new Error(`author vocabulary: "${definition.name}" has no letters or digits for a URL`);
    const clash = bySlug.get(author.slug);
    if (clash) throw new Error(`author vocabulary: "${definition.name}" and "${clash.name}" share the URL slug "${author.slug}"`);
    bySlug.set(author.slug, author);
    authors.push(author);
    for (const name of [definition.name, ...(definition.aliases ?? [])]) {
      const key = tagKey(name);
      const owner = byKey.get(key);
      if (owner && owner !== author) throw new Error(`author vocabulary: "${name}" names both "${owner.name}" and "${author.name}"`);
      byKey.set(key, author);
    }
  }
  return { lookup: (written) => byKey.get(tagKey(written)), authors };
}

export interface BylinedSource {
  sourcePath: string;
  byline?: readonly string[];
}

export interface ResolvedAuthors {
  /** For each source, in order: its authors, no duplicates, in byline order. */
  authorsOf: Author[][];
  problems: Problem[];
}

/** Resolves every byline; sources must come in a stable order (the first spelling met names an unlisted author). */
export function resolveAuthors(sources: readonly BylinedSource[], resolver: AuthorResolver = createAuthorResolver()): ResolvedAuthors {
  const byKey = new Map<string, Author>();
  const ownerOfSlug = new Map<string, { author: Author; file: string | undefined }>();
  for (const author of resolver.authors) ownerOfSlug.set(author.slug, { author, file: undefined });
  const problems: Problem[] = [];

  const authorsOf = sources.map((source) => {
    const resolved: Author[] = [];
    for (const written of source.byline ?? []) {
      if (written.trim() === "") {
        problems.push({ file: source.sourcePath, field: "byline", message: "a name in the byline is empty" });
        continue;
      }
      let author = resolver.lookup(written) ?? byKey.get(tagKey(written));
      if (!author) {
        const name = written.normalize("NFC").replace(/\s+/g, " ").trim();
        const slug = toSlug(name);
        if (!slug) {
          problems.push({ file: source.sourcePath, field: "byline", message: `"${written}" has no letters or digits to make an author page URL from` });
          continue;
        }
        const clash = ownerOfSlug.get(slug);
        if (clash) {
          const where = clash.file ? `in ${clash.file}` : "in the author vocabulary (src/_data/authors.ts)";
          problems.push({
            file: source.sourcePath,
            field: "byline",
            message: `"${written}" would share the page /authors/${slug}/ with "${clash.author.name}" ${where}; use one spelling, or add an alias to src/_data/authors.ts`,
          });
          continue;
        }
        author = { name, slug };
        byKey.set(tagKey(written), author);
        ownerOfSlug.set(slug, { author, file: source.sourcePath });
      }
      if (!resolved.includes(author)) resolved.push(author);
    }
    return resolved;
  });
  return { authorsOf, problems };
}
