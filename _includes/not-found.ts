import { site } from "../src/_data/site.ts";
import { html } from "../src/render/html.ts";
import { href, paths } from "../src/render/urls.ts";
import { stringsFor } from "../src/strings/index.ts";
import { layout } from "./layouts/base.ts";

/** /404.html: GitHub Pages serves it for any missing URL at any depth, so every link is prefixed, never relative. */
export function notFoundPage(path: string): string {
  const t = stringsFor(site.language);
  return layout(
      { title: t.notFoundTitle, description: t.notFoundDescription, path, robots: "noindex" },
      html`<h1>${t.notFoundTitle}</h1>
<p>${t.notFoundText}</p>
<ul>
<li><a href="${href(paths.home())}">${t.latestArticles}</a></li>
<li><a href="${href(paths.archive)}">${t.browseByDate}</a></li>
<li><a href="${href(paths.tags)}">${t.browseByTag}</a></li>
<li><a href="${href(paths.search)}">${t.searchTheArchive}</a></li>
</ul>`,
    );
}
