import { site } from "../src/_data/site.ts";
import type { ListingPage } from "../src/listings/listings.ts";
import { html } from "../src/render/html.ts";
import { href } from "../src/render/urls.ts";
import { stringsFor } from "../src/strings/index.ts";
import { authorIntro } from "./partials/author.ts";
import { indexStylesheet } from "./partials/calendar.ts";
import { listingPage, listingTitle } from "./partials/listing.ts";

/** /authors/SLUG/: one author's articles, newest first, with their feed and bio. */
export function authorPage(listing: ListingPage): string {
  const t = stringsFor(site.language);
  const author = listing.author;
  return listingPage(
    listing,
    {
      title: listingTitle(listing, t.authorHeading(listing.heading)),
      head: html`${indexStylesheet()}${author ? html`\n<link rel="alternate" type="application/atom+xml" title="${author.name} (Atom)" href="${href(author.feedUrl)}">` : ""}`,
    },
    html`${listing.heading}`,
    { lead: author && listing.pageNumber === 1 ? authorIntro(author) : html`` },
  );
}
