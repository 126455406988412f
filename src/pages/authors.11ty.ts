import { authorsPage } from "../../_includes/authors.ts";
import { getArchive } from "../model/store.ts";
import { definePage } from "../eleventy/pages.ts";
import { paths } from "../render/urls.ts";

/** /authors/: every byline with its count (the page: _includes/authors.ts). */
export default definePage({
  items: async () => [(await getArchive()).authors],
  url: () => paths.authors,
  fingerprint: (authors) => JSON.stringify(authors.map((a) => [a.name, a.slug, a.articles.length])),
  render: authorsPage,
});
