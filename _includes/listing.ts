import type { ListingPage } from "../src/listings/listings.ts";
import { html } from "../src/render/html.ts";
import { listingPage, listingTitle, periodLinks } from "./partials/listing.ts";

/** /YYYY/, /YYYY/MM/, /YYYY/MM/DD/: the articles of a year, month or day, with its months or days. */
export function datePage(listing: ListingPage): string {
  return listingPage(listing, { title: listingTitle(listing) }, html`${listing.heading}`, { periods: periodLinks(listing) });
}
