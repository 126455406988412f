import { formatDisplayDateTime, machineDate } from "../../src/_data/dates.ts";
import { html, type SafeHtml } from "../../src/render/html.ts";
import { href } from "../../src/render/urls.ts";
import type { CorrectionEntry } from "../../src/model/corrections.ts";
import { site } from "../../src/_data/site.ts";
import { stringsFor } from "../../src/strings/index.ts";
import { siteLanguageWithin } from "./article-list.ts";
import { correctionText } from "./newsroom.ts";

/** /corrections/: each correction, newest first, under the headline of the article it corrects. */
export function correctionsList(entries: readonly CorrectionEntry[]): SafeHtml {
  const t = stringsFor(site.language);
  if (entries.length === 0) return html`<p>${t.noCorrectionsYet}</p>`;
  return html`<ol class="correction-list">
${entries.map(
  ({ article, correction, anchor }) => html`<li lang="${article.lang}" dir="${article.dir}">
<h2><a href="${href(article.url)}#${anchor}">${article.title}</a></h2>
<p class="correction-date"${siteLanguageWithin(article.lang)}>${t.corrected} <time datetime="${machineDate(correction.date)}">${formatDisplayDateTime(correction.date)}</time></p>
<div class="correction-text">
${correctionText(correction.text)}</div>
</li>
`,
)}</ol>`;
}
