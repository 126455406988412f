import { definePage } from "../lib/eleventy.ts";
import { robotsTxt } from "../lib/sitemap.ts";

/** /robots.txt: points crawlers to the sitemap. */
export default definePage({
  items: () => ["/robots.txt"],
  url: (path) => path,
  render: robotsTxt,
});
