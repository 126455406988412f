import { Markup, markupTag, type MarkupValue } from "./markup.ts";

/**
 * HTML that escapes by default: every value interpolated into an `html` template is
 * escaped unless it is already SafeHtml, so article text, titles and tags can never
 * become markup by accident.
 */
export class SafeHtml extends Markup {
  declare private readonly kind: "html";
}

export type HtmlValue = MarkupValue<SafeHtml>;

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

export const html = markupTag(SafeHtml, escapeHtml);

/**
 * Element text needs only `&` and `<` escaped; quotes stay quotes, so words with quotes in
 * them ('a phrase in "quotes"', CSL-JSON) are not lengthened. Never for attribute values.
 */
export function elementText(text: string): SafeHtml {
  return new SafeHtml(text.replace(/&/g, "&amp;").replace(/</g, "&lt;"));
}

/** Marks markup produced by a trusted renderer (markdown-it with raw HTML disabled). */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/**
 * JSON that is safe inside <script>: `<`, `>` and `&` are escaped so no string in the
 * data can close the element or open a comment, and U+2028/2029 cannot break parsers.
 */
export function jsonForScript(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
