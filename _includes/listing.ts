import type { ListingPage } from "../src/listings/listings.ts";
import { html } from "../src/render/html.ts";
import type { Archive } from "../src/model/archive.ts";
import { indexStylesheet, monthCalendarFor } from "./partials/calendar.ts";
import { listingPage, listingTitle, periodLinks } from "./partials/listing.ts";

/** /YYYY/, /YYYY/MM/, /YYYY/MM/DD/: the articles of a year, month or day, with its months or days. */
export function datePage(listing: ListingPage, archive: Archive): string {
  const periods = monthCalendarFor(listing, archive) ?? periodLinks(listing);
  return listingPage(listing, { title: listingTitle(listing), head: indexStylesheet() }, html`${listing.heading}`, { periods });
}
