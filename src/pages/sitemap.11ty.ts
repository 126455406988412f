import { getArchive } from "../lib/archive-store.ts";
import { definePage } from "../lib/eleventy.ts";
import { sitemapEntries, sitemapFiles } from "../lib/sitemap.ts";
import { onThisDay, onThisDaySitemapEntries } from "../listings/on-this-day.ts";
import { dataPaths } from "../outputs/data-export.ts";

/** /sitemap.xml (and /sitemap-N.xml parts for a very large archive). */
export default definePage({
  items: async () => {
    const archive = await getArchive();
    return sitemapFiles([...sitemapEntries(archive), ...onThisDaySitemapEntries(onThisDay(archive), archive.articles), { path: dataPaths.page }]);
  },
  url: (file) => file.path,
  render: (file) => file.xml,
});
