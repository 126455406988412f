import { archivePage } from "../../_includes/archive.ts";
import { definePage } from "../eleventy/pages.ts";
import { getArchive } from "../model/store.ts";
import { paths } from "../render/urls.ts";

/** /archive/: every year and month with its count. */
export default definePage({
  items: async () => [await getArchive()],
  url: () => paths.archive,
  render: archivePage,
});
