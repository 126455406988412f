import { site } from "../src/_data/site.ts";
import type { ListingPage } from "../src/listings/listings.ts";
import { html } from "../src/render/html.ts";
import { stringsFor } from "../src/strings/index.ts";
import { authorIntro } from "./partials/author.ts";
import { feedHead, listingPage, listingTitle } from "./partials/listing.ts";

/** /authors/SLUG/: one author's articles, newest first, with their feed and bio. */
export function authorPage(listing: ListingPage): string {
  const t = stringsFor(site.language);
  const author = listing.author;
  return listingPage(
    listing,
    {
      title: listingTitle(listing, t.authorHeading(listing.heading)),
      head: feedHead(author),
    },
    html`${listing.heading}`,
    { lead: author && listing.pageNumber === 1 ? authorIntro(author) : html`` },
  );
}
