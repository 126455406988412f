/**
 * The newsroom's marks on an article: who wrote it (linked to their pages), its preview
 * status (a draft or a scheduled story, only ever seen in `npm start`), and its corrections,
 * dated near the top and in full at the end. Correction text is Markdown rendered exactly
 * as a body is (raw HTML shown as text), never a template.
 */
import { formatDisplayDate, formatDisplayDateTime, machineDate } from "../../src/_data/dates.ts";
import type { Article } from "../../src/model/archive.ts";
import { html, trusted, type SafeHtml } from "../../src/render/html.ts";
import { renderForSite } from "../../src/render/site-markdown.ts";
import { href, paths } from "../../src/render/urls.ts";
import { correctionAnchor, latestCorrection } from "../../src/model/corrections.ts";
import { statusText } from "../../src/model/publication.ts";
import { site } from "../../src/_data/site.ts";
import { stringsFor } from "../../src/strings/index.ts";

/** "Ana Ruiz, Tom Lee", each name linking its author page. */
export function bylineLinks(article: Pick<Article, "authors">): SafeHtml {
  return html`${article.authors.map((author, i) => html`${i > 0 ? ", " : ""}<a rel="author" href="${href(paths.author(author.slug))}">${author.name}</a>`)}`;
}

/** What the preview says about an article the built site does not publish. */

export function statusBanner(article: Pick<Article, "status" | "date">, languageAttribute: SafeHtml): SafeHtml {
  const text = statusText(article);
  return text ? html`<p class="status-banner" role="note"${languageAttribute}><strong>${text}</strong></p>` : html``;
}

/** "Corrected 27 February 2026", linking the corrections at the end of the article. */
export function correctionNotice(article: Pick<Article, "corrections" | "lang">, languageAttribute: SafeHtml): SafeHtml {
  const latest = latestCorrection(article);
  if (!latest) return html``;
  return html`<p class="correction-notice"${languageAttribute}><a href="#corrections">${stringsFor(site.language).corrected} <time datetime="${machineDate(latest)}">${formatDisplayDate(latest)}</time></a></p>`;
}

export function correctionText(text: string): SafeHtml {
  return trusted(renderForSite(text));
}

/** Every correction, in the order made, each with its own anchor for /corrections/ to link. */
export function correctionsSection(article: Pick<Article, "corrections" | "lang">, languageAttribute: SafeHtml): SafeHtml {
  if (article.corrections.length === 0) return html``;
  return html`<section id="corrections" class="corrections" aria-labelledby="corrections-heading">
<h2 id="corrections-heading"${languageAttribute}>${stringsFor(site.language).correctionsHeading(article.corrections.length)}</h2>
<ol>
${article.corrections.map(
  (correction, i) => html`<li id="${correctionAnchor(i)}">
<p class="correction-date"${languageAttribute}><time datetime="${machineDate(correction.date)}">${formatDisplayDateTime(correction.date)}</time></p>
<div class="correction-text">
${correctionText(correction.text)}</div>
</li>
`,
)}</ol>
</section>`;
}
