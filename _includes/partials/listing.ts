import { site } from "../../src/_data/site.ts";
import type { ListingPage } from "../../src/listings/listings.ts";
import { html, type SafeHtml } from "../../src/render/html.ts";
import { href } from "../../src/render/urls.ts";
import { stringsFor } from "../../src/strings/index.ts";
import { layout, type PageHead } from "../layouts/base.ts";
import { articleList, type EntryDetail } from "./article-list.ts";
import { indexStylesheet } from "./calendar.ts";
import { pager } from "./navigation.ts";

/** See `EntryDetail`: the front page in full, the calendar's larger periods as indexes of headlines. */
const LIST_DETAIL: Record<ListingPage["kind"], EntryDetail> = { home: "full", tag: "summary", author: "summary", day: "summary", month: "headline", year: "headline" };

/** The page's title in the browser: "2026", "Tag: Iran (page 2)". */
export function listingTitle(listing: ListingPage, base: string = listing.heading): string {
  return listing.pageNumber > 1 ? stringsFor(site.language).pageSuffix(base, listing.pageNumber) : base;
}

/** What every list page shares: its heading, what comes before the list, the list and the pager. */
export function listingPage(
  listing: ListingPage,
  head: Omit<PageHead, "description" | "path" | "breadcrumbs">,
  heading: SafeHtml,
  parts: { lead?: SafeHtml; periods?: SafeHtml; after?: SafeHtml } = {},
): string {
  const t = stringsFor(site.language);
  return layout(
    { ...head, description: listing.description, path: listing.url, breadcrumbs: listing.breadcrumbs },
    html`<h1>${heading}</h1>
${parts.lead ?? ""}
${parts.periods ?? ""}
${listing.articles.length ? articleList(listing.articles, 2, LIST_DETAIL[listing.kind]) : html`<p>${t.noArticlesYet}</p>`}
${parts.after ?? ""}
${pager(listing)}`,
  );
}

/** The head of a list page with its own Atom feed (a tag's, an author's): the index rules and the feed link. */
export function feedHead(feed: { name: string; feedUrl: string } | undefined): SafeHtml {
  return html`${indexStylesheet()}${feed ? html`\n<link rel="alternate" type="application/atom+xml" title="${feed.name} (Atom)" href="${href(feed.feedUrl)}">` : ""}`;
}

/** A year's months or a month's days, with counts, on the first page of its list. */
export function periodLinks(listing: ListingPage): SafeHtml {
  if (!listing.periods?.length) return html``;
  const t = stringsFor(site.language);
  return html`<nav class="periods" aria-label="${listing.kind === "year" ? t.months : t.days}"><ul>${listing.periods.map(
    (p) => html`<li><a href="${href(p.url)}">${p.label}</a> <span class="count">${p.count}</span></li>`,
  )}</ul></nav>`;
}
