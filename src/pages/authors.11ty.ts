import { layout } from "../../_includes/layouts/base.ts";
import { authorsIndex } from "../../_includes/partials/author.ts";
import { getArchive } from "../model/store.ts";
import { definePage } from "../eleventy/pages.ts";
import { html } from "../render/html.ts";
import { paths } from "../render/urls.ts";

/** /authors/: every byline with its count; each author's own pages are listings (src/listings/authors.ts). */
export default definePage({
  items: async () => [(await getArchive()).authors],
  url: () => paths.authors,
  fingerprint: (authors) => JSON.stringify(authors.map((a) => [a.name, a.slug, a.articles.length])),
  render: (authors) =>
    layout(
      {
        title: "Authors",
        description: `All ${authors.length} authors of the archive, with how many articles each wrote.`,
        path: paths.authors,
        breadcrumbs: [{ label: "Home", url: paths.home() }],
      },
      html`<h1>Authors</h1>
${authorsIndex(authors)}`,
    ),
});
