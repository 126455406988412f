import { getArchive } from "../lib/archive-store.ts";
import { definePage } from "../lib/eleventy.ts";
import { sitemapEntries, sitemapFiles } from "../lib/sitemap.ts";

/** /sitemap.xml (and /sitemap-N.xml parts for a very large archive). */
export default definePage({
  items: async () => sitemapFiles(sitemapEntries(await getArchive())),
  url: (file) => file.path,
  render: (file) => file.xml,
});
