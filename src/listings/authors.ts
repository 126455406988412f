/**
 * Author pages: /authors/SLUG/ (paginated like a tag, newest first, with an Atom feed at
 * /authors/SLUG/feed.xml) for every author in a published byline. The list pages join
 * the archive's other listings, so the list template, the sitemap and the dev server's
 * fingerprints treat them as they treat a tag.
 */
import type { Article, ListingPage } from "../lib/archive.ts";
import { paginate, plural } from "../lib/archive.ts";
import { paths } from "../lib/urls.ts";
import type { Author } from "../model/authors.ts";

export interface AuthorEntry extends Author {
  url: string;
  feedUrl: string;
  /** Newest first. */
  articles: Article[];
}

/** Every author with a published article, by name; `articles` must be newest first. */
export function indexAuthors(articles: readonly Article[]): AuthorEntry[] {
  const entries = new Map<Author, AuthorEntry>();
  for (const article of articles) {
    for (const author of article.authors) {
      let entry = entries.get(author);
      if (!entry) {
        entry = { ...author, url: paths.author(author.slug), feedUrl: paths.authorFeed(author.slug), articles: [] };
        entries.set(author, entry);
      }
      entry.articles.push(article);
    }
  }
  return [...entries.values()].sort((a, b) => a.name.localeCompare(b.name, "en") || (a.slug < b.slug ? -1 : 1));
}

export function authorListings(authors: readonly AuthorEntry[]): ListingPage[] {
  const crumbs = [
    { label: "Home", url: paths.home() },
    { label: "Authors", url: paths.authors },
  ];
  return [...authors]
    .sort((a, b) => (a.slug < b.slug ? -1 : 1))
    .flatMap((author) =>
      paginate(author.articles, (page) => paths.author(author.slug, page), {
        kind: "author",
        heading: author.name,
        description: author.bio ?? `${plural(author.articles.length, "article")} by ${author.name}.`,
        breadcrumbs: crumbs,
        author,
      }),
    );
}
