import { site } from "../src/_data/site.ts";
import { elementText, html } from "../src/render/html.ts";
import { href, paths } from "../src/render/urls.ts";
import { PARAMS, SORT_NEWEST, type BundleEntry } from "../src/search/schema.ts";
import { stringsFor } from "../src/strings/index.ts";
import { layout } from "./layouts/base.ts";

export interface SearchPageData {
  path: string;
  /** Every index bundle, its folder under the site's path. */
  bundles: readonly BundleEntry[];
  /** The archive's first and last month, "2003-01 2026-02" ("" when empty): an open end of a range means them. */
  months: string;
}

/**
 * /search/: a plain GET form, so the header's search box lands here without JavaScript; the
 * script (src/search/client/, bundled to /assets/search.js) runs the search, told where every
 * index bundle lives and given its words in the site's language (`data-words`). Every
 * control is in the page from the start, so nothing moves when the script starts.
 */
export function searchPage({ path, bundles, months }: SearchPageData): string {
  const t = stringsFor(site.language);
  const month = (id: string, name: string, label: string) =>
    html`<p class="search-field"><label for="${id}">${label}</label>
<input id="${id}" type="month" name="${name}" min="1900-01" max="2100-12"></p>`;
  return layout(
    {
      title: t.searchTitle,
      description: t.searchDescription,
      path,
      // Pagefind's script is fetched beside the page's own rather than after it has run.
      head: html`<link rel="stylesheet" href="${href(paths.searchStylesheet)}">
<script type="module" src="${href(paths.searchScript)}"></script>
<link rel="modulepreload" href="${href(paths.pagefind)}pagefind.js">`,
    },
    html`<h1>${t.searchTitle}</h1>
<form class="search-form" role="search" action="${href(paths.search)}" method="get" id="search-form"
 data-pagefind="${href(paths.pagefind)}pagefind.js" data-base-url="${site.pathPrefix}" data-bundles="${JSON.stringify(bundles)}" data-months="${months}" data-words="${JSON.stringify(t.searchClient)}">
<p class="search-box"><label for="search-q">${t.wordsToFind}</label>
<input id="search-q" type="search" name="${PARAMS.query}" autocomplete="off" aria-describedby="search-help">
<button type="submit">${t.search}</button></p>
<p id="search-help" class="search-help">${elementText(t.searchHelp)}</p>
<details class="search-options" id="search-options">
<summary>${t.filterAndOrder}</summary>
<div class="search-fields">
<p class="search-field"><label for="search-tag">${t.tag}</label>
<select id="search-tag" name="${PARAMS.tag}"><option value="">${t.anyTag}</option></select></p>
<p class="search-field"><label for="search-year">${t.year}</label>
<select id="search-year" name="${PARAMS.year}"><option value="">${t.anyYear}</option></select></p>
${month("search-from", PARAMS.from, t.fromMonth)}
${month("search-to", PARAMS.to, t.toMonth)}
<p class="search-field"><label for="search-sort">${t.order}</label>
<select id="search-sort" name="${PARAMS.sort}"><option value="">${t.bestMatch}</option><option value="${SORT_NEWEST}">${t.newestFirst}</option></select></p>
</div>
</details>
</form>
<p id="search-status" class="search-status" role="status" aria-live="polite" aria-atomic="true"></p>
<ol id="search-results" class="search-results"></ol>
<p class="search-more-line"><button type="button" id="search-more" class="search-more" hidden>${t.moreResults}</button></p>
<noscript><p>${t.noscript.parts[0]}<a href="${href(paths.archive)}">${t.noscript.archiveLink}</a>${t.noscript.parts[1]}<a href="${href(paths.tags)}">${t.noscript.tagsLink}</a>${t.noscript.parts[2]}</p></noscript>`,
  );
}
