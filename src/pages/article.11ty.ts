import { articlePage } from "../../_includes/layouts/article.ts";
import { articleFingerprint } from "../lib/archive.ts";
import { getArchive } from "../lib/archive-store.ts";
import { definePage } from "../lib/eleventy.ts";
import { imageFingerprint } from "../images/registry.ts";

/** /YYYY/MM/DD/SLUG/: one page per article. */
export default definePage({
  items: async () => (await getArchive()).articles,
  url: (article) => article.url,
  render: articlePage,
  fingerprint: (article) => articleFingerprint(article) + imageFingerprint(article.sourcePath),
});
