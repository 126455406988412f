import { site } from "../src/_data/site.ts";
import type { Archive } from "../src/model/archive.ts";
import { html } from "../src/render/html.ts";
import { href, paths } from "../src/render/urls.ts";
import { stringsFor } from "../src/strings/index.ts";
import { indexStylesheet } from "./partials/calendar.ts";
import { layout } from "./layouts/base.ts";

/** /tags/: every tag with its count, grouped by kind (topics, people, places, organisations). */
export function tagsPage(archive: Archive): string {
  const t = stringsFor(site.language);
  return layout(
      {
        title: t.tagsTitle,
        description: t.tagsDescription(archive.tags.length),
        path: paths.tags,
        breadcrumbs: [{ label: t.home, url: paths.home() }],
        head: indexStylesheet(),
      },
      html`<h1>${t.tagsTitle}</h1>
${archive.tagGroups.length === 0 ? html`<p>${t.noTagsYet}</p>` : ""}
${archive.tagGroups.map(
  (group) => html`<section class="tag-group" aria-labelledby="kind-${group.kind}">
<h2 id="kind-${group.kind}">${t.tagKinds[group.kind]}</h2>
<ul class="tag-cloud">
${group.tags.map((tag) => html`<li><a href="${href(tag.url)}">${tag.name}</a> <span class="count">${tag.articles.length}</span></li>`)}
</ul>
</section>`,
)}`,
    );
}
