import { monthName } from "../src/_data/dates.ts";
import { site } from "../src/_data/site.ts";
import { stringsFor } from "../src/strings/index.ts";
import { html } from "../src/render/html.ts";
import { href } from "../src/render/urls.ts";
import { onThisDayPaths, type OnThisDay, type OnThisDayPage } from "../src/listings/on-this-day.ts";
import { articleList } from "./partials/article-list.ts";
import { indexStylesheet } from "./partials/calendar.ts";
import { pager } from "./partials/navigation.ts";
import { layout } from "./layouts/base.ts";

/** /on-this-day/: the 366 days of the year by month, each with its count, linked when it has articles. */
export function onThisDayIndex(model: OnThisDay): string {
  const t = stringsFor(site.language);
  const months = Array.from({ length: 12 }, (_, i) => ({ month: i + 1, days: model.days.filter((d) => d.month === i + 1) }));
  return layout(
    {
      title: t.onThisDay,
      description: t.onThisDayDescription,
      path: onThisDayPaths.index,
      breadcrumbs: [{ label: t.home, url: "/" }],
      head: indexStylesheet(),
    },
    html`<h1>${t.onThisDay}</h1>
<p class="lead">${t.onThisDayLead}</p>
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
  const t = stringsFor(site.language);
  const title = t.onThisDayTitle(page.label);
  return layout(
    {
      title: page.pageNumber > 1 ? t.pageSuffix(title, page.pageNumber) : title,
      description: t.onThisDayDayLead(page.count, page.label),
      path: page.url,
      breadcrumbs: page.breadcrumbs,
      head: indexStylesheet(),
    },
    html`<h1>${page.label}</h1>
<p class="lead">${t.onThisDayDayLead(page.count, page.label)}</p>
${page.groups.map(
  (group) => html`<section class="year-group" aria-labelledby="year-${group.year}">
<h2 id="year-${group.year}">${group.year}</h2>
${articleList(group.articles, 3, "headline")}
</section>`,
)}
${pager(page)}`,
  );
}
