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
