/**
 * The newsroom's author vocabulary (optional: a byline name not listed here is an author
 * as written). A listed author's aliases and spelling variants all lead to one author page
 * under the canonical name; the bio is shown on that page, and `url`/`sameAs` (a personal
 * page, a profile elsewhere) go into the article's JSON-LD `Person`.
 */
export interface AuthorDefinition {
  /** The canonical spelling, shown on every page. */
  name: string;
  /** Other spellings of the same person in bylines (initials, transliterations, married names). */
  aliases?: readonly string[];
  /** One or two sentences, shown on the author's page. */
  bio?: string;
  /** The author's own page outside the archive. */
  url?: string;
  /** Profiles that identify the same person (schema.org `sameAs`). */
  sameAs?: readonly string[];
}

export const authors: readonly AuthorDefinition[] = [
  {
    name: "Ana Ruiz",
    aliases: ["Ana María Ruiz", "A. Ruiz"],
    bio: "Los Angeles correspondent, covering California politics and the city's public life.",
  },
];

export default authors;
