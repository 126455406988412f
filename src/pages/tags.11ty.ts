import { tagsPage } from "../../_includes/tags.ts";
import { definePage } from "../eleventy/pages.ts";
import { getArchive } from "../model/store.ts";
import { paths } from "../render/urls.ts";

/** /tags/: every tag with its count. */
export default definePage({
  items: async () => [await getArchive()],
  url: () => paths.tags,
  render: tagsPage,
});
