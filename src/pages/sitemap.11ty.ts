import { getArchive } from "../model/store.ts";
import { definePage } from "../eleventy/pages.ts";
import { sitemapEntries, sitemapFiles } from "../outputs/sitemap.ts";

/** /sitemap.xml (and /sitemap-N.xml parts for a very large archive). */
export default definePage({
  items: async () => sitemapFiles(sitemapEntries(await getArchive())),
  url: (file) => file.path,
  render: (file) => file.xml,
});
