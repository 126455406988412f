import { homePage } from "../../_includes/home.ts";
import { definePage } from "../eleventy/pages.ts";
import { getArchive } from "../model/store.ts";
import { listingFingerprint } from "../render/fingerprints.ts";

/** The home page and its older pages. */
export default definePage({
  items: async () => (await getArchive()).listings.filter((listing) => listing.kind === "home"),
  url: (listing) => listing.url,
  fingerprint: listingFingerprint,
  render: async (listing) => homePage(listing, await getArchive()),
});
