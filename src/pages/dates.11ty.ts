import { datePage } from "../../_includes/listing.ts";
import { definePage } from "../eleventy/pages.ts";
import { getArchive } from "../model/store.ts";
import { listingFingerprint } from "../render/fingerprints.ts";

/** Year, month and day pages. */
export default definePage({
  items: async () => (await getArchive()).listings.filter((listing) => listing.kind === "year" || listing.kind === "month" || listing.kind === "day"),
  url: (listing) => listing.url,
  fingerprint: listingFingerprint,
  render: async (listing) => datePage(listing, await getArchive()),
});
