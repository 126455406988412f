import type { ListingPage } from "../src/listings/listings.ts";
import { html } from "../src/render/html.ts";
import type { Archive } from "../src/model/archive.ts";
import { homeOnThisDay, indexStylesheet } from "./partials/calendar.ts";
import { listingPage, listingTitle } from "./partials/listing.ts";

/** The home page, /, /page/2/ …: the newest articles first. */
export function homePage(listing: ListingPage, archive: Archive): string {
  return listingPage(listing, { title: listingTitle(listing), head: indexStylesheet() }, html`${listing.heading}`, { after: homeOnThisDay(listing, archive) });
}
