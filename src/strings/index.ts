import { ar } from "./ar.ts";
import { en } from "./en.ts";
import { fa } from "./fa.ts";
import type { Strings } from "./types.ts";

export type { Strings } from "./types.ts";

/** One module per UI language; a language with none gets the site's (English) words, marked as such. */
const LANGUAGES: Record<string, Strings> = { en, fa, ar };

/** The words for a page or article in `lang` (a BCP 47 tag: fa-IR uses fa). */
export function stringsFor(lang: string): Strings {
  return LANGUAGES[(lang.split(/[-_]/)[0] ?? "").toLowerCase()] ?? en;
}
