import slugify from "@sindresorhus/slugify";

/**
 * Lowercase ASCII words joined by "-" (the contract's slug form). Non-Latin text is
 * transliterated, so a Persian or Greek headline still gives a readable slug.
 */
export function toSlug(text: string): string {
  return slugify(text, { lowercase: true, decamelize: false, separator: "-" })
    .replace(/[^a-z0-9-]/g, "")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "");
}
