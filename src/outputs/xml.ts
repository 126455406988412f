import { Markup, markupTag, type MarkupValue } from "../render/markup.ts";

/**
 * XML that escapes by default, like `html` in html.ts: every value interpolated into an
 * `xml` template is escaped unless it is already SafeXml. Feeds and sitemaps carry
 * article text that nobody checked for XML (titles with `<`, `&`, `]]>`, stray control
 * characters from wire copy), and one bad character makes a whole feed unreadable.
 */
export class SafeXml extends Markup {
  declare private readonly kind: "xml";
}

export type XmlValue = MarkupValue<SafeXml>;

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/**
 * Characters XML 1.0 cannot hold at all, not even as references: C0 controls other than
 * tab, newline and carriage return, lone surrogates, U+FFFE and U+FFFF. They carry no
 * words, so they are dropped rather than letting them make the document ill-formed.
 */
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlCharacters(text: string): string {
  return text.replace(NOT_XML_CHAR, "");
}

/** Text safe in XML character data and in attribute values (either quote). */
export function escapeXml(text: string): string {
  return xmlCharacters(text).replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

export const xml = markupTag(SafeXml, escapeXml);

/** A complete XML document: the declaration, then the root element. */
export function xmlDocument(root: SafeXml): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${root.value}\n`;
}
