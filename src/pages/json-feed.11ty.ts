import { getArchive } from "../lib/archive-store.ts";
import { definePage } from "../lib/eleventy.ts";
import { jsonFeed, siteFeed } from "../lib/feeds.ts";
import { paths } from "../lib/urls.ts";

/** /feed.json: JSON Feed 1.1 of the newest articles. */
export default definePage({
  items: async () => [siteFeed(await getArchive(), paths.jsonFeed)],
  url: (feed) => feed.path,
  render: jsonFeed,
});
