import { definePage } from "../eleventy/pages.ts";
import { robotsTxt } from "../outputs/sitemap.ts";

/** /robots.txt: points crawlers to the sitemap. */
export default definePage({
  items: () => ["/robots.txt"],
  url: (path) => path,
  render: robotsTxt,
});
