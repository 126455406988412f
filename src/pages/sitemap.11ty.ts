import { getArchive } from "../model/store.ts";
import { definePage } from "../eleventy/pages.ts";
import { sitemapEntries, sitemapFiles } from "../outputs/sitemap.ts";
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
