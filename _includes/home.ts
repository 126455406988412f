import type { ListingPage } from "../src/listings/listings.ts";
import { html } from "../src/render/html.ts";
import { listingPage, listingTitle } from "./partials/listing.ts";

/** The home page, /, /page/2/ …: the newest articles first. */
export function homePage(listing: ListingPage): string {
  return listingPage(listing, { title: listingTitle(listing) }, html`${listing.heading}`);
}
