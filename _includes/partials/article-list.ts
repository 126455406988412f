import { html, type SafeHtml } from "../../src/render/html.ts";
import { href, paths } from "../../src/render/urls.ts";
import { entryOf, type ArticleEntry } from "../../src/listings/entry.ts";
import type { Article } from "../../src/model/archive.ts";
import { site } from "../../src/_data/site.ts";
import { stringsFor, type Strings } from "../../src/strings/index.ts";

/**
 * The archive's own words around an article ("min read", "Related articles"), in the
 * article's language when the strings module has it; otherwise in the site's, marked with
 * `lang` so a screen reader switches voice back. No `dir`: they flow with the article.
 */
export function wordsFor(articleLang: string): { t: Strings; lang: SafeHtml } {
  const t = stringsFor(articleLang);
  const same = t.lang === (articleLang.split(/[-_]/)[0] ?? "").toLowerCase();
  return { t, lang: same ? html`` : html` lang="${t.lang}"` };
}

/** Tag names are the vocabulary's, in the site's language: marked so inside an article in another. */
export function siteLanguageWithin(articleLang: string): SafeHtml {
  return articleLang === site.language ? html`` : html` lang="${site.language}"`;
}

/**
 * How much of each entry a list shows. Every article appears on some eight lists (home,
 * year, month, day, each of its tags, related), so what an entry repeats is most of the
 * site's bytes: the front page shows everything (headline, date, summary, tags); tag and
 * day pages the summary without the tags, which the article itself lists; year and month
 * pages and related articles are indexes of headlines with their dates.
 */
export type EntryDetail = "full" | "summary" | "headline";

/** A list of articles as readers scan it: headline and date, with summary and a few tags (see `listedTags`) as `detail` says. */
export function articleList(articles: readonly Article[], headingLevel: 2 | 3 = 2, detail: EntryDetail = "full"): SafeHtml {
  return html`<ol class="article-list">
${articles.map((article) => renderedEntry(entryOf(article), headingLevel, detail))}
</ol>`;
}

/**
 * An article's entry is the same on every list that shows it (home, year, month, day, each
 * of its tags, related articles), so it is rendered once per build, not once per list page.
 * Cache, keyed by the entry, which is made anew for each build's model.
 */
const rendered = new WeakMap<ArticleEntry, Partial<Record<`${2 | 3}${EntryDetail}`, SafeHtml>>>();

function renderedEntry(entry: ArticleEntry, headingLevel: 2 | 3, detail: EntryDetail): SafeHtml {
  let made = rendered.get(entry);
  if (!made) rendered.set(entry, (made = {}));
  return (made[`${headingLevel}${detail}`] ??= renderEntry(entry, headingLevel, detail));
}

function renderEntry(entry: ArticleEntry, headingLevel: 2 | 3, detail: EntryDetail): SafeHtml {
  const headline = html`<a href="${href(entry.url)}">${entry.title}</a>`;
  return html`<li class="entry" lang="${entry.lang}" dir="${entry.dir}">
${headingLevel === 2 ? html`<h2>${headline}</h2>` : html`<h3>${headline}</h3>`}
${entry.status ? html`<p class="entry-status"${siteLanguageWithin(entry.lang)}><strong>${entry.status}</strong></p>` : ""}
<p class="entry-meta"><time datetime="${entry.datetime}">${entry.dateLabel}</time>${entry.dateline ? html`<span class="entry-dateline">${entry.dateline}</span>` : ""}</p>
${entry.summary && detail !== "headline" ? html`<p class="entry-summary">${entry.summary}</p>` : ""}
${entry.tags.length && detail === "full" ? html`<ul class="entry-tags"${siteLanguageWithin(entry.lang)}>${entry.tags.map((tag) => html`<li><a href="${href(paths.tag(tag.slug))}">${tag.name}</a></li>`)}</ul>` : ""}
</li>
`;
}
