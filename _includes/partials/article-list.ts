import { formatDisplayDate, machineDate } from "../../src/_data/dates.ts";
import { html, type SafeHtml } from "../../src/lib/html.ts";
import { href, paths } from "../../src/lib/urls.ts";
import type { Article } from "../../src/lib/archive.ts";

/** A list of articles as readers scan it: headline, date, summary and tags at a glance. */
export function articleList(articles: readonly Article[], headingLevel: 2 | 3 = 2): SafeHtml {
  return html`<ol class="article-list">
${articles.map((article) => articleEntry(article, headingLevel))}
</ol>`;
}

function articleEntry(article: Article, headingLevel: 2 | 3): SafeHtml {
  const headline = html`<a href="${href(article.url)}">${article.title}</a>`;
  return html`<li class="entry" lang="${article.lang}" dir="${article.dir}">
${headingLevel === 2 ? html`<h2>${headline}</h2>` : html`<h3>${headline}</h3>`}
<p class="entry-meta"><time datetime="${machineDate(article.date)}">${formatDisplayDate(article.date, article.lang)}</time>${article.dateline ? html` · ${article.dateline}` : ""}</p>
${article.summary ? html`<p class="entry-summary">${article.summary}</p>` : ""}
${article.tags.length ? html`<ul class="entry-tags" aria-label="Tags">${article.tags.map((tag) => html`<li><a href="${href(paths.tag(tag.slug))}">${tag.name}</a></li>`)}</ul>` : ""}
</li>
`;
}
