/**
 * Plain text written as Markdown that publishes as exactly that text. Article bodies are
 * Markdown (markdown-it, see markdown.ts), so a dispatch saying `*sic*`, `[1]`, `&amp;`,
 * `<b>`, `# 1` or `1. ` at the start of a line would otherwise come out as emphasis,
 * links, entities, headings or lists. Every character Markdown could read as syntax is
 * backslash-escaped (CommonMark lets any ASCII punctuation be escaped), and only those,
 * so the source stays readable for editors.
 */

/** Punctuation that means something anywhere in a line: escapes, code, emphasis, strike-through and subscript, superscript, links and footnotes, autolinks, table cells. */
const INLINE_SYNTAX = /[\\`*_~^[\]<|]/g;
/** `&` only when it would start a character reference (&amp; &#38; &#x26;); "AT&T" stays as it is. */
const ENTITY_START = /&(?=#?[A-Za-z0-9]+;)/g;
/** At the start of a line: headings, block quotes, list items, setext underlines. */
const LINE_START_SYNTAX = /^([#>+=-])/;
/** An ordered-list marker: up to nine digits, then `.` or `)`. */
const ORDERED_MARKER = /^(\d{1,9})([.)])/;

/** One line of text, already free of surrounding spaces and tabs (which Markdown drops anyway). */
export function literalLine(line: string): string {
  return line
    .replace(INLINE_SYNTAX, "\\$&")
    .replace(ENTITY_START, "\\&")
    .replace(LINE_START_SYNTAX, "\\$1")
    .replace(ORDERED_MARKER, "$1\\$2");
}

/** A paragraph of text (lines joined by "\n") as a Markdown paragraph. */
export function literalParagraph(paragraph: string): string {
  return paragraph
    .split("\n")
    .map((line) => literalLine(line.replace(/^[ \t]+|[ \t]+$/g, "")))
    .join("\n");
}

/** Paragraphs of text as a Markdown body: one Markdown paragraph each, blank lines between. */
export function literalMarkdown(paragraphs: readonly string[]): string {
  return `${paragraphs.map(literalParagraph).join("\n\n")}\n`;
}

/**
 * The HTML markdown-it gives for paragraphs of plain text: `<p>` each, text escaped as
 * markdown-it escapes it. A body renders verbatim exactly when it renders to this.
 */
export function verbatimHtml(paragraphs: readonly string[]): string {
  return paragraphs.map((p) => `<p>${p.replace(/[&<>"]/g, (ch) => HTML_ESCAPES[ch] ?? ch)}</p>\n`).join("");
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
