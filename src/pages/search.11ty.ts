import { layout } from "../../_includes/layouts/base.ts";
import { definePage } from "../lib/eleventy.ts";
import { html } from "../lib/html.ts";
import { href, paths } from "../lib/urls.ts";

/** /search/: full-text search over the Pagefind index; ?q=WORDS runs on load. */
export default definePage({
  items: () => [paths.search],
  url: (path) => path,
  render: (path) =>
    layout(
      { title: "Search", description: "Search the full text of every article in the archive.", path },
      html`<h1>Search</h1>
<form class="search-form" role="search" action="${href(paths.search)}" method="get">
<label for="search-q">Words to find</label>
<input id="search-q" type="search" name="q">
<button type="submit">Search</button>
</form>
<div id="search-results" aria-live="polite"></div>`,
    ),
});
