import { layout } from "../../_includes/layouts/base.ts";
import { getArchive } from "../lib/archive-store.ts";
import { definePage } from "../lib/eleventy.ts";
import { html } from "../lib/html.ts";
import { indexStylesheet } from "../../_includes/partials/calendar.ts";
import { href, paths } from "../lib/urls.ts";

/** /tags/: every tag with its count, grouped by kind (topics, people, places, organisations). */
export default definePage({
  items: async () => [await getArchive()],
  url: () => paths.tags,
  render: (archive) =>
    layout(
      {
        title: "Tags",
        description: `All ${archive.tags.length} tags of the archive: topics, people, places and organisations.`,
        path: paths.tags,
        breadcrumbs: [{ label: "Home", url: paths.home() }],
        head: indexStylesheet(),
      },
      html`<h1>Tags</h1>
${archive.tagGroups.length === 0 ? html`<p>No tags yet.</p>` : ""}
${archive.tagGroups.map(
  (group) => html`<section class="tag-group" aria-labelledby="kind-${group.kind}">
<h2 id="kind-${group.kind}">${group.label}</h2>
<ul class="tag-cloud">
${group.tags.map((tag) => html`<li><a href="${href(tag.url)}">${tag.name}</a> <span class="count">${tag.articles.length}</span></li>`)}
</ul>
</section>`,
)}`,
    ),
});
