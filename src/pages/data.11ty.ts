import { openDataPage } from "../../_includes/open-data.ts";
import { getArchive } from "../model/store.ts";
import { definePage } from "../eleventy/pages.ts";
import { dataPaths } from "../outputs/data-export.ts";

/** /data/: the open data's files and how to load them (the files are written by src/cli/build.ts beside the pages). */
export default definePage({
  items: async () => [await getArchive()],
  url: () => dataPaths.page,
  render: (archive) => openDataPage(archive.years, archive.articles.length),
});
