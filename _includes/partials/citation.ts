import type { Article } from "../../src/lib/archive.ts";
import { html, type SafeHtml } from "../../src/lib/html.ts";
import { citationFormats, citationMeta, citationOf } from "../../src/outputs/citation.ts";
import { siteLanguageWithin } from "./article-list.ts";

/** The article's `citation_*` and `DC.*` meta tags, for reference managers (see src/outputs/citation.ts). */
export function citationMetaTags(article: Article): SafeHtml {
  return html`${citationMeta(citationOf(article)).map(([name, content]) => html`<meta name="${name}" content="${content}">\n`)}`;
}

/**
 * "Cite this article": a disclosure that works without JavaScript; each format is plain
 * text in a <pre>, so selecting it copies it exactly.
 */
export function citeBlock(article: Article): SafeHtml {
  const formats = citationFormats(citationOf(article));
  // No newline after the last line: RIS ends with "ER  - " (space included), which must not be trailing white space in HTML.
  const block = (id: string, label: string, text: string) =>
    html`<h3 id="cite-${id}">${label}</h3>\n<pre class="cite-code" tabindex="0"><code>${text.replace(/\n$/, "")}</code></pre>\n`;
  return html`<details class="cite"${siteLanguageWithin(article.lang)}>
<summary>Cite this article</summary>
<h2 class="visually-hidden">Cite this article</h2>
<p class="cite-text" dir="auto">${formats.text}</p>
<p class="cite-note">Add the date you read it when your style asks for one.</p>
${block("bibtex", "BibTeX", formats.bibtex)}${block("ris", "RIS", formats.ris)}${block("csl", "CSL-JSON", formats.cslJson)}</details>`;
}
