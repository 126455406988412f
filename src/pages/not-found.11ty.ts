import { notFoundPage } from "../../_includes/not-found.ts";
import { definePage } from "../eleventy/pages.ts";
import { paths } from "../render/urls.ts";

/** /404.html */
export default definePage({
  items: () => [paths.notFound],
  url: (path) => path,
  render: notFoundPage,
});
