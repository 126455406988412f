import { Info } from "luxon";
import { formatMonth } from "../../src/_data/dates.ts";
import { site } from "../../src/_data/site.ts";
import { stringsFor } from "../../src/strings/index.ts";
import { html, type SafeHtml } from "../../src/render/html.ts";
import { href, paths } from "../../src/render/urls.ts";
import type { Archive } from "../../src/model/archive.ts";
import type { ListingPage } from "../../src/listings/listings.ts";
import { dayCountsOf, monthCalendar, type CalendarWeek } from "../../src/listings/month-calendar.ts";
import { buildDate, onThisDay, teaserFor, type OnThisDayTeaser } from "../../src/listings/on-this-day.ts";
import { articleList } from "./article-list.ts";

/** A month page's days as a table: weekday headers, each day with its count, linked when it has articles. */
export function monthCalendarTable(year: number, month: number, weeks: readonly CalendarWeek[]): SafeHtml {
  const t = stringsFor(site.language);
  // Monday first, as the weeks are (src/listings/month-calendar.ts).
  const short = Info.weekdays("short", { locale: t.locale });
  return html`<table class="calendar">
<caption>${t.articlesPerDay(formatMonth(year, month))}</caption>
<thead><tr>${Info.weekdays("long", { locale: t.locale }).map((day, i) => html`<th scope="col"><abbr title="${day}">${short[i]}</abbr></th>`)}</tr></thead>
<tbody>
${weeks.map(
  (week) => html`<tr>${week.map((cell) => {
    if (!cell) return html`<td></td>`;
    if (!cell.url) return html`<td>${cell.day}</td>`;
    return html`<td><a href="${href(cell.url)}">${cell.day}<span class="count"> ${cell.count}<span class="visually-hidden"> ${t.articlesNoun(cell.count)}</span></span></a></td>`;
  })}</tr>\n`,
)}</tbody>
</table>`;
}

/** The home page's "On this day": the build day's articles from earlier years (entries show their dates). */
export function onThisDayTeaser(teaser: OnThisDayTeaser, shown = 5): SafeHtml {
  const t = stringsFor(site.language);
  const articles = teaser.earlier.flatMap((group) => group.articles).slice(0, shown);
  return html`<section class="related on-this-day" aria-labelledby="on-this-day-heading">
<h2 id="on-this-day-heading">${t.onThisDayOn(teaser.day.label)}</h2>
${articleList(articles, 3)}
<p><a href="${href(teaser.day.url)}">${t.allArticlesFrom(teaser.day.count, teaser.day.label)}</a></p>
</section>`;
}

/** The rules of list and index pages, which article pages never load. */
export function indexStylesheet(): SafeHtml {
  return html`<link rel="stylesheet" href="${href(paths.indexStylesheet)}">`;
}

/** A month list's first page shows its calendar in place of the list of days. */
export function monthCalendarFor(listing: ListingPage, archive: Pick<Archive, "articles">): SafeHtml | undefined {
  const match = listing.kind === "month" && listing.pageNumber === 1 ? /^\/(\d{4})\/(\d{2})\/$/.exec(listing.url) : null;
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  return monthCalendarTable(year, month, monthCalendar(year, month, dayCountsOf(archive, year, month)));
}

/** The home page's first page shows the build day's earlier articles, when there are any. */
export function homeOnThisDay(listing: ListingPage, archive: Pick<Archive, "articles">): SafeHtml {
  if (listing.kind !== "home" || listing.pageNumber !== 1) return html``;
  const teaser = teaserFor(onThisDay(archive), buildDate());
  return teaser ? onThisDayTeaser(teaser) : html``;
}
