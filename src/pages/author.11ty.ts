import { authorPage } from "../../_includes/author.ts";
import { definePage } from "../eleventy/pages.ts";
import { getArchive } from "../model/store.ts";
import { listingFingerprint } from "../render/fingerprints.ts";

/** One author's pages. */
export default definePage({
  items: async () => (await getArchive()).listings.filter((listing) => listing.kind === "author"),
  url: (listing) => listing.url,
  fingerprint: listingFingerprint,
  render: authorPage,
});
