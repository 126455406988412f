/**
 * Redirect pages for articles' former URLs (`aliases`). GitHub Pages cannot answer with an
 * HTTP redirect, so each former URL gets a tiny HTML page that refreshes to the article,
 * names it canonical (search engines move the old URL's standing to it) and links it for
 * readers whose browser does not follow the refresh. An alias may never take the place of
 * a page the archive writes, nor of another alias: both owners are named and the build stops.
 */
import type { Article } from "../model/archive.ts";
import type { ListingPage } from "../listings/listings.ts";
import type { Problem } from "../model/problems.ts";
import { paths } from "../render/urls.ts";

export interface Redirect {
  /** Root-relative output URL: "/2026/02/26/old-slug/" (written as …/index.html) or "/old/page.html". */
  path: string;
  /** The alias as written in the source. */
  written: string;
  article: Article;
}

/**
 * Folders the archive owns outright, now or soon (the open-data export under /data/, the
 * on-this-day pages): an alias inside one could be overwritten by a page, or overwrite it.
 */
const RESERVED_FOLDERS = [paths.pagefind, "/assets/", "/data/", "/on-this-day/"];

/** The pages every build writes, whatever the articles: an alias may not replace one. */
function fixedPages(): string[] {
  return [
    paths.home(),
    paths.tags,
    paths.authors,
    paths.corrections,
    paths.correctionsFeed,
    paths.archive,
    paths.search,
    paths.atomFeed,
    paths.jsonFeed,
    paths.sitemap,
    paths.notFound,
    "/robots.txt",
    "/.nojekyll",
  ];
}

/** Where a redirect is written: a path ending in .html or .htm as it is, any other as a folder's index.html. */
export function redirectPath(alias: string): string {
  const decoded = decodeURIComponent(alias);
  if (/\.html?$/i.test(decoded) || decoded.endsWith("/")) return decoded;
  return `${decoded}/`;
}

/**
 * A link written from the site's root in Markdown, inline `](/…)` or a reference definition
 * `]: /…`. Text that only looks like one costs an unused entry: the renderer changes links only.
 */
const ROOT_LINK = /\][(:][ \t]*<?(\/(?!\/)[^\s<>()#?]*)/g;

/** The redirect a link's path would reach, or undefined when the path cannot be decoded. */
export function formerUrlKey(linkPath: string): string | undefined {
  try {
    return redirectPath(linkPath);
  } catch {
    return undefined;
  }
}

/**
 * A body's links to another article's former URL (an imported post's old path, a slug since
 * changed) are to go straight to that article, not through its redirect page: each article
 * gets the ones its body has, so its page changes when they do.
 */
export function linkFormerUrls(articles: readonly Article[], redirects: readonly Redirect[]): void {
  if (redirects.length === 0) return;
  const current = new Map(redirects.map((r) => [r.path, r.article.url]));
  for (const article of articles) {
    let found: Record<string, string> | undefined;
    for (const match of article.body.matchAll(ROOT_LINK)) {
      const key = formerUrlKey(match[1]!);
      const url = key === undefined ? undefined : current.get(key);
      if (url) (found ??= {})[key!] = url;
    }
    if (found) article.formerUrlLinks = found;
  }
}

/** The file a root-relative URL is served from. */
function fileOf(url: string): string {
  return url.endsWith("/") ? `${url}index.html` : url;
}

/** "/a/b/index.html" → ["/a", "/a/b"]: a file at any of these would block the folder. */
function ancestors(file: string): string[] {
  const parts = file.split("/").slice(1, -1);
  return parts.map((_, i) => `/${parts.slice(0, i + 1).join("/")}`);
}

export function planRedirects(articles: readonly Article[], listings: readonly ListingPage[]): { redirects: Redirect[]; problems: Problem[] } {
  const owners = new Map<string, string>();
  for (const page of fixedPages()) owners.set(fileOf(page), `the archive's page ${page}`);
  for (const listing of listings) owners.set(fileOf(listing.url), `the list page ${listing.url}`);
  for (const article of articles) {
    owners.set(fileOf(article.url), `the URL of ${article.sourcePath}`);
    for (const tag of article.tags) owners.set(fileOf(paths.tagFeed(tag.slug)), `the feed ${paths.tagFeed(tag.slug)}`);
    for (const author of article.authors) owners.set(fileOf(paths.authorFeed(author.slug)), `the feed ${paths.authorFeed(author.slug)}`);
  }

  const redirects: Redirect[] = [];
  const problems: Problem[] = [];
  const byFile = new Map<string, Redirect>();
  // Sources in path order, so the same archive reports the same pair the same way.
  const bySource = [...articles].sort((a, b) => (a.sourcePath < b.sourcePath ? -1 : 1));
  for (const article of bySource) {
    for (const written of article.aliases) {
      const path = redirectPath(written);
      const file = fileOf(path);
      const refuse = (message: string) => problems.push({ file: article.sourcePath, field: "aliases", message });
      const reserved = RESERVED_FOLDERS.find((folder) => file.startsWith(folder));
      if (reserved) {
        refuse(`"${written}" lies under ${reserved}, which the archive writes itself`);
        continue;
      }
      const owner = owners.get(file) ?? ancestors(file).map((folder) => owners.get(folder)).find(Boolean);
      if (owner) {
        refuse(`"${written}" is ${owner}; an alias may not replace a page of the archive`);
        continue;
      }
      const twin = byFile.get(file);
      if (twin) {
        refuse(
          twin.article === article
            ? `"${written}" is listed twice (as "${twin.written}")`
            : `"${written}" is also an alias of ${twin.article.sourcePath}; one former URL can lead to one article only`,
        );
        continue;
      }
      const redirect: Redirect = { path, written, article };
      byFile.set(file, redirect);
      redirects.push(redirect);
    }
  }
  return { redirects, problems };
}
