import { monthName } from "../src/_data/dates.ts";
import { html } from "../src/render/html.ts";
import { href } from "../src/render/urls.ts";
import { onThisDayPaths, type OnThisDay, type OnThisDayPage } from "../src/listings/on-this-day.ts";
import { articleList } from "./partials/article-list.ts";
import { indexStylesheet } from "./partials/calendar.ts";
import { pager } from "./partials/navigation.ts";
import { layout } from "./layouts/base.ts";

function articles(count: number): string {
  return count === 1 ? "1 article" : `${count.toLocaleString("en-GB")} articles`;
}

/** /on-this-day/: the 366 days of the year by month, each with its count, linked when it has articles. */
export function onThisDayIndex(model: OnThisDay): string {
  const months = Array.from({ length: 12 }, (_, i) => ({ month: i + 1, days: model.days.filter((d) => d.month === i + 1) }));
  return layout(
    {
      title: "On this day",
      description: "Every day of the year, with the articles published on it in every year of the archive.",
      path: onThisDayPaths.index,
      breadcrumbs: [{ label: "Home", url: "/" }],
      head: indexStylesheet(),
    },
    html`<h1>On this day</h1>
<p class="lead">Every day of the year, with how many articles the archive holds from it across the years.</p>
<div class="days-of-year">
${months.map(
  (m) => html`<section aria-labelledby="month-${m.month}"><h2 id="month-${m.month}">${monthName(m.month)}</h2>
<ul>${m.days.map((d) =>
    d.count > 0
      ? html`<li><a href="${href(d.url)}">${d.label}</a> <span class="count">${d.count}</span></li>`
      : html`<li>${d.label} <span class="count">0</span></li>`,
  )}</ul></section>`,
)}
</div>`,
  );
}

/** /on-this-day/MM-DD/: that calendar day in every year, newest year first, paginated. */
export function onThisDayDay(page: OnThisDayPage): string {
  const title = `On this day: ${page.label}`;
  return layout(
    {
      title: page.pageNumber > 1 ? `${title} (page ${page.pageNumber})` : title,
      description: `${articles(page.count)} published on ${page.label} across the years, newest year first.`,
      path: page.url,
      breadcrumbs: page.breadcrumbs,
      head: indexStylesheet(),
    },
    html`<h1>${page.label}</h1>
<p class="lead">${articles(page.count)} published on ${page.label} across the years, newest year first.</p>
${page.groups.map(
  (group) => html`<section class="year-group" aria-labelledby="year-${group.year}">
<h2 id="year-${group.year}">${group.year}</h2>
${articleList(group.articles, 3, "headline")}
</section>`,
)}
${pager(page)}`,
  );
}
