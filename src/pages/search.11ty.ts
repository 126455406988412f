import { searchPage } from "../../_includes/search.ts";
import { site } from "../_data/site.ts";
import { pad2 } from "../_data/dates.ts";
import { getArchive } from "../model/store.ts";
import { definePage } from "../eleventy/pages.ts";
import { bundleEntries, bundlePlan } from "../search/records.ts";
import { settings } from "../settings.ts";
import { href, paths } from "../render/urls.ts";

/**
 * /search/ (the page: _includes/search.ts); ?q=WORDS runs on load. Its script is told where
 * every index bundle lives: the same plan the indexer wrote, made once per build.
 */
export default definePage({
  items: () => [paths.search],
  url: (path) => path,
  render: async (path) => {
    const { articles } = await getArchive();
    const bundles = bundleEntries(bundlePlan(articles, site.language, settings.searchShardSize)).map((bundle) => ({ ...bundle, path: href(bundle.path) }));
    // The archive's first and last month: an open end of a month range means them.
    const month = (article: (typeof articles)[number] | undefined) => (article ? `${article.date.year}-${pad2(article.date.month)}` : "");
    const months = articles.length ? `${month(articles.at(-1))} ${month(articles[0])}` : "";
    return searchPage({ path, bundles, months });
  },
});
