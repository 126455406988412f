import { site } from "../src/_data/site.ts";
import type { ListingPage } from "../src/listings/listings.ts";
import { html } from "../src/render/html.ts";
import { href } from "../src/render/urls.ts";
import { stringsFor } from "../src/strings/index.ts";
import { indexStylesheet } from "./partials/calendar.ts";
import { listingPage, listingTitle } from "./partials/listing.ts";

/** /tags/SLUG/: one tag's articles, newest first, with its feed. */
export function tagPage(listing: ListingPage): string {
  const t = stringsFor(site.language);
  const tag = listing.tag;
  return listingPage(
    listing,
    {
      title: listingTitle(listing, t.tagHeading(listing.heading)),
      head: html`${indexStylesheet()}${tag ? html`\n<link rel="alternate" type="application/atom+xml" title="${tag.name} (Atom)" href="${href(tag.feedUrl)}">` : ""}`,
    },
    html`<span class="kind">${tag ? t.tagKind[tag.kind] : ""}</span> ${listing.heading}`,
    { lead: tag?.description ? html`<p class="lead">${tag.description}</p>` : html`` },
  );
}
