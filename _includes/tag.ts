import { site } from "../src/_data/site.ts";
import type { ListingPage } from "../src/listings/listings.ts";
import { html } from "../src/render/html.ts";
import { stringsFor } from "../src/strings/index.ts";
import { feedHead, listingPage, listingTitle } from "./partials/listing.ts";

/** /tags/SLUG/: one tag's articles, newest first, with its feed. */
export function tagPage(listing: ListingPage): string {
  const t = stringsFor(site.language);
  const tag = listing.tag;
  return listingPage(
    listing,
    {
      title: listingTitle(listing, t.tagHeading(listing.heading)),
      head: feedHead(tag),
    },
    html`<span class="kind">${tag ? t.tagKind[tag.kind] : ""}</span> ${listing.heading}`,
    { lead: tag?.description ? html`<p class="lead">${tag.description}</p>` : html`` },
  );
}
