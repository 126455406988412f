import slugify from "@sindresorhus/slugify";
import anyAscii from "any-ascii";

/**
 * Lowercase ASCII words joined by "-" (the contract's slug form). Non-Latin text is
 * transliterated, so a Persian or Greek headline still gives a readable slug.
 */
export function toSlug(text: string): string {
  // slugify's own table covers Latin, Cyrillic, Greek, Arabic and Persian; for scripts it
  // drops (Hebrew, Chinese, Japanese, Korean, Thai…) any-ascii's romanisation is the fallback,
  // so those headlines get readable words too rather than nothing.
  return asciiWords(text) || asciiWords(anyAscii(text));
}

function asciiWords(text: string): string {
  return slugify(text, { lowercase: true, decamelize: false, separator: "-" })
    .replace(/[^a-z0-9-]/g, "")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "");
}

/**
 * Longest slug, in characters (ASCII, so also bytes), of an article's file name or of a
 * tag. A slug is a folder name (`/2026/02/26/SLUG/`, `/tags/SLUG/feed.xml`) and most file
 * systems allow 255 bytes per name, but eCryptfs allows 143 and a Windows checkout 260 per
 * path: 100 fits them all with room for the date and the folders around it. A longer
 * file slug or tag is refused before anything is written.
 */
export const MAX_SLUG_LENGTH = 100;

/**
 * A slug drawn from a headline (a file named only by its date) is cut to this many
 * characters at a word boundary: a 27-word headline makes a URL nobody can read.
 */
export const HEADLINE_SLUG_LENGTH = 80;

/** `slug` cut to at most `max` characters, at the last `-` that fits when there is one. */
export function truncateSlug(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const boundary = cut.lastIndexOf("-");
  return boundary > 0 ? cut.slice(0, boundary) : slug.slice(0, max);
}
