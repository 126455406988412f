import { articlesFingerprint } from "../render/fingerprints.ts";
import { getArchive } from "../model/store.ts";
import { definePage } from "../eleventy/pages.ts";
import { atomFeed, authorFeed, siteFeed, tagFeed } from "../outputs/feeds.ts";

/** /feed.xml, /tags/SLUG/feed.xml and /authors/SLUG/feed.xml: Atom 1.0 of the newest articles, site-wide, per tag and per author. */
export default definePage({
  items: async () => {
    const archive = await getArchive();
    return [siteFeed(archive), ...archive.tags.map(tagFeed), ...archive.authors.map(authorFeed)];
  },
  url: (feed) => feed.path,
  render: atomFeed,
  // For `npm start`: a feed is rewritten only when its articles or its own fields changed.
  fingerprint: (feed) => JSON.stringify([feed.title, feed.description, feed.path, feed.pagePath, feed.fullText]) + articlesFingerprint(feed.articles),
});
