import { monthName } from "../src/_data/dates.ts";
import { site } from "../src/_data/site.ts";
import { monthChart } from "../src/listings/month-chart.ts";
import type { Archive, YearCount } from "../src/model/archive.ts";
import { html, type SafeHtml } from "../src/render/html.ts";
import { href, paths } from "../src/render/urls.ts";
import { stringsFor, type Strings } from "../src/strings/index.ts";
import { indexStylesheet } from "./partials/calendar.ts";
import { layout } from "./layouts/base.ts";

/**
 * One year's articles per month as bars, drawn at build time. Each bar links to its month and
 * is named for screen readers; the list of months after it says the same in words.
 */
function yearChart(year: YearCount, scaleMax: number, t: Strings): SafeHtml {
  const chart = monthChart(
    year.months.map((m) => m.count),
    scaleMax,
  );
  return html`<svg class="month-chart" viewBox="0 0 ${chart.width} ${chart.height}" role="group" aria-label="${t.articlesPerMonth(year.year)}">
<line class="axis" x1="0" y1="${chart.baseline}" x2="${chart.width}" y2="${chart.baseline}"/>
${chart.bars.map((bar) => {
  const name = `${monthName(bar.month)} ${year.year}: ${t.articles(bar.count)}`;
  return html`<a href="${href(paths.month(year.year, bar.month))}" aria-label="${name}"><title>${name}</title><rect x="${bar.x}" y="${bar.y}" width="${bar.width}" height="${bar.height}"/></a>`;
})}
<g class="labels" aria-hidden="true">${year.months.map(
    (m, i) => html`<text x="${chart.labelXs[i]}" y="${chart.labelY}">${monthName(m.month).charAt(0)}</text>`,
  )}</g>
</svg>`;
}

/** /archive/: every year and month with its count, and a bar chart of each year. */
export function archivePage(archive: Archive): string {
  const t = stringsFor(site.language);
    // One scale for every year, so a tall bar in 2003 means what a tall bar in 2026 means.
    const scaleMax = Math.max(1, ...archive.years.flatMap((y) => y.months.map((m) => m.count)));
    return layout(
      {
        title: t.archiveTitle,
        description: t.archiveDescription(archive.articles.length),
        path: paths.archive,
        breadcrumbs: [{ label: t.home, url: paths.home() }],
        head: indexStylesheet(),
      },
      html`<h1>${t.archiveTitle}</h1>
<p class="lead">${t.archiveLead(archive.articles.length, archive.years.at(-1)?.year, archive.years[0]?.year)}</p>
${archive.years.length === 0 ? html`<p>${t.noArticlesYet}</p>` : ""}
<div class="archive-years">
${archive.years.map(
  (year) => html`<section class="archive-year" aria-labelledby="year-${year.year}">
<h2 id="year-${year.year}"><a href="${href(year.url)}">${year.year}</a> <span class="count">${t.articles(year.count)}</span></h2>
${yearChart(year, scaleMax, t)}
<ul class="archive-months">
${year.months
  .filter((month) => month.count > 0)
  .map((month) => html`<li><a href="${href(month.url)}">${monthName(month.month)}</a> <span class="count">${month.count}</span></li>`)}
</ul>
</section>`,
)}
</div>`,
    );
}
