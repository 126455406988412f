import { site } from "../src/_data/site.ts";
import type { AuthorEntry } from "../src/listings/authors.ts";
import { html } from "../src/render/html.ts";
import { paths } from "../src/render/urls.ts";
import { stringsFor } from "../src/strings/index.ts";
import { authorsIndex } from "./partials/author.ts";
import { layout } from "./layouts/base.ts";

/** /authors/: every byline with its count; each author's own pages are listings (src/listings/authors.ts). */
export function authorsPage(authors: readonly AuthorEntry[]): string {
  const t = stringsFor(site.language);
  return layout(
    {
      title: t.authors,
      description: t.authorsDescription(authors.length),
      path: paths.authors,
      breadcrumbs: [{ label: t.home, url: paths.home() }],
    },
    html`<h1>${t.authors}</h1>
${authorsIndex(authors)}`,
  );
}
