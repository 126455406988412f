import { articlesFingerprint } from "../render/fingerprints.ts";
import { getArchive } from "../model/store.ts";
import { definePage } from "../eleventy/pages.ts";
import { atomFeed, siteFeed, tagFeed } from "../outputs/feeds.ts";

/** /feed.xml and /tags/SLUG/feed.xml: Atom 1.0 of the newest articles, site-wide and per tag. */
export default definePage({
  items: async () => {
    const archive = await getArchive();
    return [siteFeed(archive), ...archive.tags.map(tagFeed)];
  },
  url: (feed) => feed.path,
  render: atomFeed,
  // For `npm start`: a feed is rewritten only when its articles or its own fields changed.
  fingerprint: (feed) => JSON.stringify([feed.title, feed.description, feed.path, feed.pagePath, feed.fullText]) + articlesFingerprint(feed.articles),
});
