import type { Article } from "../../src/model/archive.ts";
import { elementText, html, type SafeHtml } from "../../src/render/html.ts";
import { citationFormats, citationMeta, citationOf } from "../../src/outputs/citation.ts";
import { site } from "../../src/_data/site.ts";
import { stringsFor } from "../../src/strings/index.ts";
import { siteLanguageWithin } from "./article-list.ts";

/** The article's `citation_*` meta tags, for reference managers (see src/outputs/citation.ts). */
export function citationMetaTags(article: Article): SafeHtml {
  return html`${citationMeta(citationOf(article)).map(([name, content]) => html`<meta name="${name}" content="${content}">\n`)}`;
}

/**
 * "Cite this article": a disclosure that works without JavaScript; each format is plain
 * text in a <pre>, so selecting it copies it exactly. Kept terse: it sits on every article
 * page, inside the 30 kB page budget.
 */
export function citeBlock(article: Article): SafeHtml {
  const formats = citationFormats(citationOf(article));
  // Element text, not html``: CSL-JSON (all quotes) would grow by a sixth on a page near its budget.
  // No newline after the last line: RIS ends with "ER  - " (space included), which must not be trailing white space in HTML.
  const block = (label: string, text: string) => html`<h3>${label}</h3><pre><code>${elementText(text.replace(/\n$/, ""))}</code></pre>\n`;
  return html`<details class="cite"${siteLanguageWithin(article.lang)}>
<summary><h2>${stringsFor(site.language).citeThisArticle}</h2></summary>
<p dir="auto">${formats.text}</p>
${block("BibTeX", formats.bibtex)}${block("RIS", formats.ris)}${block("CSL-JSON", formats.cslJson)}</details>`;
}
