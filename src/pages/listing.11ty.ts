import { layout } from "../../_includes/layouts/base.ts";
import { articleList } from "../../_includes/partials/article-list.ts";
import { pager } from "../../_includes/partials/navigation.ts";
import { listingFingerprint, type ListingPage } from "../lib/archive.ts";
import { getArchive } from "../lib/archive-store.ts";
import { definePage } from "../lib/eleventy.ts";
import { html } from "../lib/html.ts";
import { href } from "../lib/urls.ts";
import { authorIntro } from "../../_includes/partials/author.ts";

function title(listing: ListingPage): string {
  const base = listing.kind === "tag" ? `Tag: ${listing.heading}` : listing.kind === "author" ? `Author: ${listing.heading}` : listing.heading;
  return listing.pageNumber > 1 ? `${base} (page ${listing.pageNumber})` : base;
}

/** Home, tag, year, month and day pages: every list of articles, newest first, paginated. */
export default definePage({
  items: async () => (await getArchive()).listings,
  url: (listing) => listing.url,
  fingerprint: listingFingerprint,
  render: (listing) =>
    layout(
      {
        title: title(listing),
        description: listing.description,
        path: listing.url,
        breadcrumbs: listing.breadcrumbs,
        head: listing.tag
          ? html`<link rel="alternate" type="application/atom+xml" title="${listing.tag.name} (Atom)" href="${href(listing.tag.feedUrl)}">`
          : listing.author
            ? html`<link rel="alternate" type="application/atom+xml" title="${listing.author.name} (Atom)" href="${href(listing.author.feedUrl)}">`
            : undefined,
      },
      html`<h1>${listing.kind === "tag" ? html`<span class="kind">${listing.tag?.kind}</span> ` : ""}${listing.heading}</h1>
${listing.kind === "tag" && listing.tag?.description ? html`<p class="lead">${listing.tag.description}</p>` : ""}
${listing.author && listing.pageNumber === 1 ? authorIntro(listing.author) : ""}
${listing.periods?.length ? html`<nav class="periods" aria-label="${listing.kind === "year" ? "Months" : "Days"}"><ul>${listing.periods.map(
        (p) => html`<li><a href="${href(p.url)}">${p.label}</a> <span class="count">${p.count}</span></li>`,
      )}</ul></nav>` : ""}
${listing.articles.length ? articleList(listing.articles) : html`<p>No articles yet.</p>`}
${pager(listing)}`,
    ),
});
