import { redirectPage } from "../../_includes/redirect.ts";
import { getArchive } from "../model/store.ts";
import { definePage } from "../eleventy/pages.ts";

/** One redirect page at each article's former URL (`aliases`), see src/outputs/redirects.ts. */
export default definePage({
  items: async () => (await getArchive()).redirects,
  url: (redirect) => redirect.path,
  fingerprint: (redirect) => JSON.stringify([redirect.path, redirect.article.url, redirect.article.title, redirect.article.lang, redirect.article.dir]),
  render: redirectPage,
});
