import { franc } from "franc";

/**
 * The language of an article's text, with franc, as a BCP 47 tag. franc names ISO 639-3
 * languages and guesses wildly on short or mixed text, so it only chooses among the
 * languages a news archive is likely to hold, only with enough letters, and code, links
 * and markup are taken out first.
 */
const BCP47: Record<string, string> = {
  eng: "en", fra: "fr", deu: "de", spa: "es", por: "pt", ita: "it", nld: "nl", swe: "sv", dan: "da", nob: "nb",
  fin: "fi", pol: "pl", ces: "cs", slk: "sk", hun: "hu", ron: "ro", ell: "el", tur: "tr", rus: "ru", ukr: "uk",
  bel: "be", bul: "bg", srp: "sr", hrv: "hr", arb: "ar", pes: "fa", prs: "fa", urd: "ur", heb: "he", hin: "hi",
  ben: "bn", cmn: "zh", jpn: "ja", kor: "ko", vie: "vi", tha: "th", ind: "id", zlm: "ms", swh: "sw", kat: "ka",
  hye: "hy", azj: "az", uzn: "uz", kaz: "kk", tam: "ta",
};

/** Fewer letters than this and no guess is made. */
export const MIN_LETTERS = 40;

/** Text a reader reads: no code, URLs, Markdown or HTML syntax, shortcodes or Liquid. */
function prose(text: string): string {
  return text
    .replace(/```[\s\S]*?```|~~~[\s\S]*?~~~/g, " ")
    .replace(/`[^`\n]*`/g, " ")
    .replace(/\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/g, " ")
    .replace(/<[^>\n]*>/g, " ")
    .replace(/\]\([^)\s]*\)/g, "]")
    .replace(/https?:\/\/\S+/g, " ")
    .replace(/[#*_>\[\]|~^-]+/g, " ");
}

/** BCP 47 tag of the text's language, or undefined when franc cannot tell. */
export function detectLanguage(text: string): string | undefined {
  const sample = prose(text);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  // Han characters carry a word each: a short Chinese or Japanese text is still enough.
  const han = sample.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0;
  if (letters < MIN_LETTERS && han < 10) return undefined;
  const code = franc(sample, { minLength: 10, only: Object.keys(BCP47) });
  return BCP47[code];
}

/** The `lang` to write: the editor's choice, else the detected language when it is not the site's own. */
export function languageToWrite(text: string, siteLanguage: string, override?: string): string | undefined {
  if (override) return override;
  const detected = detectLanguage(text);
  if (!detected) return undefined;
  return detected.toLowerCase() === siteLanguage.toLowerCase().split("-")[0] ? undefined : detected;
}
