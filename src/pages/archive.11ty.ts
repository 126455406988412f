import { layout } from "../../_includes/layouts/base.ts";
import { monthName } from "../_data/dates.ts";
import type { YearCount } from "../lib/archive.ts";
import { getArchive } from "../lib/archive-store.ts";
import { definePage } from "../lib/eleventy.ts";
import { html, type SafeHtml } from "../lib/html.ts";
import { monthChart } from "../lib/month-chart.ts";
import { indexStylesheet } from "../../_includes/partials/calendar.ts";
import { href, paths } from "../lib/urls.ts";

function articles(count: number): string {
  return count === 1 ? "1 article" : `${count.toLocaleString("en-GB")} articles`;
}

/**
 * One year's articles per month as bars, drawn at build time. Each bar links to its month and
 * is named for screen readers; the list of months after it says the same in words.
 */
function yearChart(year: YearCount, scaleMax: number): SafeHtml {
  const chart = monthChart(
    year.months.map((m) => m.count),
    scaleMax,
  );
  return html`<svg class="month-chart" viewBox="0 0 ${chart.width} ${chart.height}" role="group" aria-label="Articles per month in ${year.year}">
<line class="axis" x1="0" y1="${chart.baseline}" x2="${chart.width}" y2="${chart.baseline}"/>
${chart.bars.map((bar) => {
  const name = `${monthName(bar.month)} ${year.year}: ${articles(bar.count)}`;
  return html`<a href="${href(paths.month(year.year, bar.month))}" aria-label="${name}"><title>${name}</title><rect x="${bar.x}" y="${bar.y}" width="${bar.width}" height="${bar.height}"/></a>`;
})}
<g class="labels" aria-hidden="true">${year.months.map(
    (m, i) => html`<text x="${chart.labelXs[i]}" y="${chart.labelY}">${monthName(m.month).charAt(0)}</text>`,
  )}</g>
</svg>`;
}

/** /archive/: every year and month with its count, and a bar chart of each year. */
export default definePage({
  items: async () => [await getArchive()],
  url: () => paths.archive,
  render: (archive) => {
    // One scale for every year, so a tall bar in 2003 means what a tall bar in 2026 means.
    const scaleMax = Math.max(1, ...archive.years.flatMap((y) => y.months.map((m) => m.count)));
    return layout(
      {
        title: "Archive",
        description: `Every year and month of the archive: ${archive.articles.length} articles.`,
        path: paths.archive,
        breadcrumbs: [{ label: "Home", url: paths.home() }],
        head: indexStylesheet(),
      },
      html`<h1>Archive</h1>
<p class="lead">${articles(archive.articles.length)}${archive.years.length > 1 ? ` from ${archive.years.at(-1)?.year} to ${archive.years[0]?.year}` : ""}, by year and month.</p>
${archive.years.length === 0 ? html`<p>No articles yet.</p>` : ""}
<div class="archive-years">
${archive.years.map(
  (year) => html`<section class="archive-year" aria-labelledby="year-${year.year}">
<h2 id="year-${year.year}"><a href="${href(year.url)}">${year.year}</a> <span class="count">${articles(year.count)}</span></h2>
${yearChart(year, scaleMax)}
<ul class="archive-months">
${year.months
  .filter((month) => month.count > 0)
  .map((month) => html`<li><a href="${href(month.url)}">${monthName(month.month)}</a> <span class="count">${month.count}</span></li>`)}
</ul>
</section>`,
)}
</div>`,
    );
  },
});
