import { getArchive } from "../model/store.ts";
import { definePage } from "../eleventy/pages.ts";
import { paths } from "../render/urls.ts";
import { correctionsFeed, correctionsFingerprint } from "../outputs/corrections-feed.ts";

/** /corrections/feed.xml: Atom 1.0 of the newest corrections. */
export default definePage({
  items: async () => [(await getArchive()).corrections],
  url: () => paths.correctionsFeed,
  fingerprint: correctionsFingerprint,
  render: correctionsFeed,
});
