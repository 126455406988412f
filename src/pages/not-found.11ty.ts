import { layout } from "../../_includes/layouts/base.ts";
import { definePage } from "../eleventy/pages.ts";
import { html } from "../render/html.ts";
import { href, paths } from "../render/urls.ts";

/** /404.html: GitHub Pages serves it for any missing URL at any depth, so every link is prefixed, never relative. */
export default definePage({
  items: () => [paths.notFound],
  url: (path) => path,
  render: (path) =>
    layout(
      { title: "Page not found", description: "There is no page at this address.", path, robots: "noindex" },
      html`<h1>Page not found</h1>
<p>There is no page at this address. It may have moved, or the link may be mistyped.</p>
<ul>
<li><a href="${href(paths.home())}">Latest articles</a></li>
<li><a href="${href(paths.archive)}">Browse the archive by date</a></li>
<li><a href="${href(paths.tags)}">Browse by tag</a></li>
<li><a href="${href(paths.search)}">Search the archive</a></li>
</ul>`,
    ),
});
