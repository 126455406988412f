import { francAll } from "franc";

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

/**
 * How close the site's own language must come to franc's best guess (scores relative to the
 * best, 1) for a text to stay in it. A short text ("Post Page 1 Post Page 2", a caption and a
 * link) scores many languages almost alike, and franc's first pick is then a coin toss:
 * English WordPress test posts came out French and Danish with English at 0.88–0.99.
 * Texts in another language put the site's far behind (German prose: English under 0.75).
 */
export const SITE_LANGUAGE_HOLDS = 0.8;

/** franc's scores for the text, best first, or undefined when it is too short to guess. */
function scores(text: string): [string, number][] | undefined {
  const sample = prose(text);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  // Han characters carry a word each: a short Chinese or Japanese text is still enough.
  const han = sample.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0;
  if (letters < MIN_LETTERS && han < 10) return undefined;
  const all = francAll(sample, { minLength: 10, only: Object.keys(BCP47) });
  return all[0] && BCP47[all[0][0]] ? all : undefined;
}

/** BCP 47 tag of the text's language, or undefined when franc cannot tell. */
export function detectLanguage(text: string): string | undefined {
  const best = scores(text)?.[0];
  return best && BCP47[best[0]];
}

/**
 * The `lang` to write: the editor's choice, else the detected language when it is not the
 * site's own and the site's own is not a near second.
 */
export function languageToWrite(text: string, siteLanguage: string, override?: string): string | undefined {
  if (override) return override;
  const all = scores(text);
  if (!all) return undefined;
  const site = siteLanguage.toLowerCase().split("-")[0];
  const siteScore = all.find(([code]) => BCP47[code] === site)?.[1] ?? 0;
  const detected = BCP47[all[0]![0]]!;
  return detected === site || siteScore >= SITE_LANGUAGE_HOLDS ? undefined : detected;
}
