import { layout } from "../../_includes/layouts/base.ts";
import { site } from "../_data/site.ts";
import { getArchive } from "../model/store.ts";
import { definePage } from "../eleventy/pages.ts";
import { html } from "../render/html.ts";
import { mergeList, planBundles } from "../search/records.ts";
import { settings } from "../settings.ts";
import { href, paths } from "../render/urls.ts";

/**
 * /search/: full-text search over the Pagefind index; ?q=WORDS runs on load. The form is
 * a plain GET form, so the header's search box lands here without JavaScript; the script
 * (assets/search.js) runs the search and is told where every index bundle lives.
 */
export default definePage({
  items: () => [paths.search],
  url: (path) => path,
  render: async (path) => {
    const bundles = mergeList(planBundles((await getArchive()).articles, site.language, settings.searchShardSize)).map((bundle) => ({
      ...bundle,
      path: href(bundle.path),
    }));
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
 data-pagefind="${href(paths.pagefind)}pagefind.js" data-base-url="${site.pathPrefix}" data-bundles="${JSON.stringify(bundles)}">
<label for="search-q">Words to find</label>
<input id="search-q" type="search" name="q" autocomplete="off">
<button type="submit">Search</button>
<details class="search-options" id="search-options" hidden>
<summary>Filter and order</summary>
<label for="search-tag">Tag</label>
<select id="search-tag" name="tag"><option value="">Any tag</option></select>
<label for="search-year">Year</label>
<select id="search-year" name="year"><option value="">Any year</option></select>
<label for="search-sort">Order</label>
<select id="search-sort" name="sort"><option value="">Best match</option><option value="date">Newest first</option></select>
</details>
</form>
<p id="search-status" class="search-status" role="status" aria-live="polite" aria-atomic="true"></p>
<ol id="search-results" class="search-results"></ol>
<p><button type="button" id="search-more" class="search-more" hidden>More results</button> <button type="button" id="search-older" class="search-older" hidden>Search all articles</button></p>
<noscript><p>Search runs in your browser and needs JavaScript. Without it, browse the <a href="${href(paths.archive)}">archive</a> by date or the <a href="${href(paths.tags)}">tags</a>.</p></noscript>`,
    );
  },
});
