import { tagPage } from "../../_includes/tag.ts";
import { definePage } from "../eleventy/pages.ts";
import { getArchive } from "../model/store.ts";
import { listingFingerprint } from "../render/fingerprints.ts";

/** One tag's pages. */
export default definePage({
  items: async () => (await getArchive()).listings.filter((listing) => listing.kind === "tag"),
  url: (listing) => listing.url,
  fingerprint: listingFingerprint,
  render: tagPage,
});
