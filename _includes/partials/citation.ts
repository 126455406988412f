import type { Article } from "../../src/model/archive.ts";
import { html, trusted, type SafeHtml } from "../../src/render/html.ts";
import { citationFormats, citationMeta, citationOf } from "../../src/outputs/citation.ts";
import { siteLanguageWithin } from "./article-list.ts";

/** The article's `citation_*` meta tags, for reference managers (see src/outputs/citation.ts). */
export function citationMetaTags(article: Article): SafeHtml {
  return html`${citationMeta(citationOf(article)).map(([name, content]) => html`<meta name="${name}" content="${content}">\n`)}`;
}

/**
 * Element text needs only `&` and `<` escaped; quotes stay quotes, which keeps CSL-JSON (all
 * quotes) from growing by a sixth on a page near its budget. Never for attribute values.
 */
function asText(text: string): SafeHtml {
  return trusted(text.replace(/&/g, "&amp;").replace(/</g, "&lt;"));
}

/**
 * "Cite this article": a disclosure that works without JavaScript; each format is plain
 * text in a <pre>, so selecting it copies it exactly. Kept terse: it sits on every article
 * page, inside the 30 kB page budget.
 */
export function citeBlock(article: Article): SafeHtml {
  const formats = citationFormats(citationOf(article));
  // No newline after the last line: RIS ends with "ER  - " (space included), which must not be trailing white space in HTML.
  const block = (label: string, text: string) => html`<h3>${label}</h3><pre><code>${asText(text.replace(/\n$/, ""))}</code></pre>\n`;
  return html`<details class="cite"${siteLanguageWithin(article.lang)}>
<summary><h2>Cite this article</h2></summary>
<p dir="auto">${formats.text}</p>
${block("BibTeX", formats.bibtex)}${block("RIS", formats.ris)}${block("CSL-JSON", formats.cslJson)}</details>`;
}
