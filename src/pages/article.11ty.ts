import { articlePage } from "../../_includes/article.ts";
import { articlePageFingerprint } from "../render/fingerprints.ts";
import { getArchive } from "../model/store.ts";
import { definePage } from "../eleventy/pages.ts";
import { imageFingerprint } from "../images/registry.ts";

/** /YYYY/MM/DD/SLUG/: one page per article. */
export default definePage({
  items: async () => (await getArchive()).articles,
  url: (article) => article.url,
  render: articlePage,
  fingerprint: (article) => articlePageFingerprint(article) + imageFingerprint(article.sourcePath),
});
