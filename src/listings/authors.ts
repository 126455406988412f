/**
 * Author pages: /authors/SLUG/ (paginated like a tag, newest first, with an Atom feed at
 * /authors/SLUG/feed.xml) for every author in a published byline. The list pages join
 * the archive's other listings, so the list template, the sitemap and the dev server's
 * fingerprints treat them as they treat a tag.
 */
import { groupUnder } from "../util/group.ts";
import { site } from "../_data/site.ts";
import type { Article } from "../model/archive.ts";
import type { Author } from "../model/authors.ts";
import { paths } from "../render/urls.ts";
import { stringsFor } from "../strings/index.ts";
import { paginate, type ListingPage } from "./listings.ts";

export interface AuthorEntry extends Author {
  url: string;
  feedUrl: string;
  /** Newest first. */
  articles: Article[];
}

/** Every author with a published article, by name; `articles` must be newest first. */
export function indexAuthors(articles: readonly Article[]): AuthorEntry[] {
  const entries = groupUnder(
    articles,
    (article) => article.authors,
    (author): AuthorEntry => ({ ...author, url: paths.author(author.slug), feedUrl: paths.authorFeed(author.slug), articles: [] }),
  );
  return [...entries.values()].sort((a, b) => a.name.localeCompare(b.name, "en") || (a.slug < b.slug ? -1 : 1));
}

export function authorListings(authors: readonly AuthorEntry[], pageSize: number): ListingPage[] {
  const t = stringsFor(site.language);
  const crumbs = [
    { label: t.home, url: paths.home() },
    { label: t.authors, url: paths.authors },
  ];
  return [...authors]
    .sort((a, b) => (a.slug < b.slug ? -1 : 1))
    .flatMap((author) =>
      paginate(author.articles, pageSize, (page) => paths.author(author.slug, page), {
        kind: "author",
        heading: author.name,
        description: author.bio ?? t.authorDescription(author.articles.length, author.name),
        breadcrumbs: crumbs,
        author,
      }),
    );
}
