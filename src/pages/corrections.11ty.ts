import { correctionsPage } from "../../_includes/corrections.ts";
import { getArchive } from "../model/store.ts";
import { definePage } from "../eleventy/pages.ts";
import { paths } from "../render/urls.ts";
import { correctionsFingerprint } from "../outputs/corrections-feed.ts";

/** /corrections/: every correction in the archive, newest first (the page: _includes/corrections.ts). */
export default definePage({
  items: async () => [(await getArchive()).corrections],
  url: () => paths.corrections,
  fingerprint: correctionsFingerprint,
  render: correctionsPage,
});
