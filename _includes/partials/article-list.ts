import { formatDisplayDate, machineDate } from "../../src/_data/dates.ts";
import { html, type SafeHtml } from "../../src/lib/html.ts";
import { href, paths } from "../../src/lib/urls.ts";
import type { Article } from "../../src/lib/archive.ts";
import { site } from "../../src/_data/site.ts";
import { statusText } from "./newsroom.ts";

/**
 * `lang` for the archive's own words (tag names, "min read") inside an article in another
 * language, so a screen reader switches voice back. No `dir`: they flow with the article.
 */
export function siteLanguageWithin(articleLang: string): SafeHtml {
  return articleLang === site.language ? html`` : html` lang="${site.language}"`;
}

/** A list of articles as readers scan it: headline, date, summary and tags at a glance. */
export function articleList(articles: readonly Article[], headingLevel: 2 | 3 = 2): SafeHtml {
  return html`<ol class="article-list">
${articles.map((article) => articleEntry(article, headingLevel))}
</ol>`;
}

/**
 * An article's entry is the same on every list that shows it (home, year, month, day, each
 * of its tags, related articles), so it is made once per build, not once per list page.
 * Keyed by the model's article object: a rebuild's new model starts afresh.
 */
const entries = new WeakMap<Article, Partial<Record<2 | 3, SafeHtml>>>();

function articleEntry(article: Article, headingLevel: 2 | 3): SafeHtml {
  let made = entries.get(article);
  if (!made) entries.set(article, (made = {}));
  return (made[headingLevel] ??= makeEntry(article, headingLevel));
}

function makeEntry(article: Article, headingLevel: 2 | 3): SafeHtml {
  const headline = html`<a href="${href(article.url)}">${article.title}</a>`;
  return html`<li class="entry" lang="${article.lang}" dir="${article.dir}">
${headingLevel === 2 ? html`<h2>${headline}</h2>` : html`<h3>${headline}</h3>`}
${article.status === "published" ? "" : html`<p class="entry-status"${siteLanguageWithin(article.lang)}><strong>${statusText(article)}</strong></p>`}
<p class="entry-meta"><time datetime="${machineDate(article.date)}">${formatDisplayDate(article.date, article.lang)}</time>${article.dateline ? html`<span class="entry-dateline">${article.dateline}</span>` : ""}</p>
${article.summary ? html`<p class="entry-summary">${article.summary}</p>` : ""}
${article.tags.length ? html`<ul class="entry-tags"${siteLanguageWithin(article.lang)}>${article.tags.map((tag) => html`<li><a href="${href(paths.tag(tag.slug))}">${tag.name}</a></li>`)}</ul>` : ""}
</li>
`;
}
