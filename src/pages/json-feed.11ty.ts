import { getArchive } from "../model/store.ts";
import { definePage } from "../eleventy/pages.ts";
import { jsonFeed, siteFeed } from "../outputs/feeds.ts";
import { paths } from "../render/urls.ts";

/** /feed.json: JSON Feed 1.1 of the newest articles. */
export default definePage({
  items: async () => [siteFeed(await getArchive(), paths.jsonFeed)],
  url: (feed) => feed.path,
  render: jsonFeed,
});
