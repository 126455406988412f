/**
 * What each page shows, as a string: `npm start` re-renders a page only when its
 * fingerprint changed (src/eleventy/pages.ts). Each is the JSON of the view model the
 * page's template renders from, never a hand-kept list of fields: an article's own record
 * whole, and other articles as list entries (src/listings/entry.ts).
 */
import { entryOf } from "../listings/entry.ts";
import type { ListingPage } from "../listings/listings.ts";
import type { Article } from "../model/archive.ts";

/** The article's own data as its page and feeds show it: everything but the links to other articles. */
function own(article: Article): Omit<Article, "older" | "newer" | "related"> {
  const { older: _older, newer: _newer, related: _related, ...rest } = article;
  return rest;
}

export function articlePageFingerprint(article: Article): string {
  return JSON.stringify([own(article), article.older && entryOf(article.older), article.newer && entryOf(article.newer), article.related.map(entryOf)]);
}

/** Articles a page shows in full (a feed). */
export function articlesFingerprint(articles: readonly Article[]): string {
  return JSON.stringify(articles.map(own));
}

export function listingFingerprint(listing: ListingPage): string {
  const { articles, tag, author, ...page } = listing;
  return JSON.stringify([page, tag && { ...tag, articles: tag.articles.length }, author && { ...author, articles: author.articles.length }, articles.map(entryOf)]);
}
