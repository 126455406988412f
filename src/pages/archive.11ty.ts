import { layout } from "../../_includes/layouts/base.ts";
import { monthName } from "../_data/dates.ts";
import { getArchive } from "../lib/archive-store.ts";
import { definePage } from "../lib/eleventy.ts";
import { html } from "../lib/html.ts";
import { href, paths } from "../lib/urls.ts";

/** /archive/: every year and month with its count. */
export default definePage({
  items: async () => [await getArchive()],
  url: () => paths.archive,
  render: (archive) =>
    layout(
      {
        title: "Archive",
        description: `Every year and month of the archive: ${archive.articles.length} articles.`,
        path: paths.archive,
        breadcrumbs: [{ label: "Home", url: paths.home() }],
      },
      html`<h1>Archive</h1>
<p class="lead">${archive.articles.length} articles.</p>
${archive.years.length === 0 ? html`<p>No articles yet.</p>` : ""}
${archive.years.map(
  (year) => html`<section class="archive-year" aria-labelledby="year-${year.year}">
<h2 id="year-${year.year}"><a href="${href(year.url)}">${year.year}</a> <span class="count">${year.count}</span></h2>
<ul class="archive-months">
${year.months
  .filter((month) => month.count > 0)
  .map((month) => html`<li><a href="${href(month.url)}">${monthName(month.month)}</a> <span class="count">${month.count}</span></li>`)}
</ul>
</section>`,
)}`,
    ),
});
