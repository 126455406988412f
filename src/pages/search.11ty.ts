import { layout } from "../../_includes/layouts/base.ts";
import { site } from "../_data/site.ts";
import { pad2 } from "../_data/dates.ts";
import { getArchive } from "../model/store.ts";
import { definePage } from "../eleventy/pages.ts";
import { html } from "../render/html.ts";
import { bundleEntries, bundlePlan } from "../search/records.ts";
import { settings } from "../settings.ts";
import { PARAMS, SORT_NEWEST } from "../search/schema.ts";
import { href, paths } from "../render/urls.ts";

/**
 * /search/: full-text search over the Pagefind index; ?q=WORDS runs on load. The form is
 * a plain GET form, so the header's search box lands here without JavaScript; the script
 * (src/search/client/, bundled to /assets/search.js) runs the search and is told where
 * every index bundle lives (the same plan the indexer wrote, made once per build).
 * Every control is in the page from the start, so nothing moves when the script starts.
 */
export default definePage({
  items: () => [paths.search],
  url: (path) => path,
  render: async (path) => {
    const { articles } = await getArchive();
    const bundles = bundleEntries(bundlePlan(articles, site.language, settings.searchShardSize)).map((bundle) => ({ ...bundle, path: href(bundle.path) }));
    // The archive's first and last month: an open end of a month range means them.
    const month = (article: (typeof articles)[number] | undefined) => (article ? `${article.date.year}-${pad2(article.date.month)}` : "");
    const months = articles.length ? `${month(articles.at(-1))} ${month(articles[0])}` : "";
    return layout(
      {
        title: "Search",
        description: "Search the full text of every article in the archive.",
        path,
        head: html`<link rel="stylesheet" href="${href(paths.searchStylesheet)}">
<script type="module" src="${href(paths.searchScript)}"></script>`,
      },
      html`<h1>Search</h1>
<form class="search-form" role="search" action="${href(paths.search)}" method="get" id="search-form"
 data-pagefind="${href(paths.pagefind)}pagefind.js" data-base-url="${site.pathPrefix}" data-bundles="${JSON.stringify(bundles)}" data-months="${months}">
<p class="search-box"><label for="search-q">Words to find</label>
<input id="search-q" type="search" name="${PARAMS.query}" autocomplete="off" aria-describedby="search-help">
<button type="submit">Search</button></p>
<p id="search-help" class="search-help">Put a phrase in "quotes"; put - before a word to leave it out.</p>
<details class="search-options" id="search-options">
<summary>Filter and order</summary>
<div class="search-fields">
<p class="search-field"><label for="search-tag">Tag</label>
<select id="search-tag" name="${PARAMS.tag}"><option value="">Any tag</option></select></p>
<p class="search-field"><label for="search-year">Year</label>
<select id="search-year" name="${PARAMS.year}"><option value="">Any year</option></select></p>
<p class="search-field"><label for="search-from">From month</label>
<input id="search-from" type="month" name="${PARAMS.from}" min="1900-01" max="2100-12" placeholder="YYYY-MM" pattern="\\d{4}-\\d{2}"></p>
<p class="search-field"><label for="search-to">To month</label>
<input id="search-to" type="month" name="${PARAMS.to}" min="1900-01" max="2100-12" placeholder="YYYY-MM" pattern="\\d{4}-\\d{2}"></p>
<p class="search-field"><label for="search-sort">Order</label>
<select id="search-sort" name="${PARAMS.sort}"><option value="">Best match</option><option value="${SORT_NEWEST}">Newest first</option></select></p>
</div>
</details>
</form>
<p id="search-status" class="search-status" role="status" aria-live="polite" aria-atomic="true"></p>
<ol id="search-results" class="search-results" aria-labelledby="search-status"></ol>
<p class="search-more-line"><button type="button" id="search-more" class="search-more" hidden>More results</button></p>
<noscript><p>Search runs in your browser and needs JavaScript. Without it, browse the <a href="${href(paths.archive)}">archive</a> by date or the <a href="${href(paths.tags)}">tags</a>.</p></noscript>`,
    );
  },
});
