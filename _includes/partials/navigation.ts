import { html, type SafeHtml } from "../../src/render/html.ts";
import { href } from "../../src/render/urls.ts";
import type { Crumb, ListingPage } from "../../src/listings/listings.ts";
import { site } from "../../src/_data/site.ts";
import { stringsFor } from "../../src/strings/index.ts";

/** Home › 2026 › February › 26: where this page sits in the archive. */
export function breadcrumbs(trail: readonly Crumb[], current: string, languageAttribute: SafeHtml = html``): SafeHtml {
  return html`<nav class="breadcrumbs" aria-label="${stringsFor(site.language).breadcrumb}"${languageAttribute}><ol>${trail.map(
    (crumb) => html`<li><a href="${href(crumb.url)}">${crumb.label}</a></li>`,
  )}<li aria-current="page">${current}</li></ol></nav>`;
}

/** Newer and older pages of a list. */
export function pager(listing: Pick<ListingPage, "pageNumber" | "pageCount" | "previousUrl" | "nextUrl">): SafeHtml {
  if (listing.pageCount <= 1) return html``;
  const t = stringsFor(site.language);
  return html`<nav class="pager" aria-label="${t.pages}">
<p>${t.pageOf(listing.pageNumber, listing.pageCount)}</p>
<ul>
${listing.previousUrl ? html`<li><a rel="prev" href="${href(listing.previousUrl)}">${t.newer}</a></li>` : ""}
${listing.nextUrl ? html`<li><a rel="next" href="${href(listing.nextUrl)}">${t.older}</a></li>` : ""}
</ul>
</nav>`;
}
