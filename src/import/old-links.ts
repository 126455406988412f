import { linkTargets, normalizeLink } from "../model/markdown.ts";
import type { ImportedArticle } from "./article.ts";

/**
 * Links from one old post to another ("https://gazette.example/news/2016/10/06/harbour-reopens/",
 * WordPress's "?p=42") keep pointing at the old domain after a migration, and break when it
 * goes. A link to a page the archive now holds is pointed to that page's old path here, its
 * alias, which the build links to the article itself (src/outputs/redirects.ts) under
 * SITE_URL's path: the link works for as long as the archive does, and every word around it
 * is kept. Links to pages not imported stay as written.
 */
export interface OldLinks {
  /** Rewrites the article's body; returns how many links it pointed here. */
  pointHere(article: ImportedArticle): number;
}

/**
 * Which old address is which: the host without "www.", either scheme, the path decoded and
 * without its last "/" or "index.html", and only WordPress's own query (`?p=`, `?page_id=`).
 */
function addressKey(written: string): string | undefined {
  let url: URL;
  try {
    url = new URL(written);
  } catch {
    return undefined;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
  let pathname = url.pathname;
  try {
    pathname = decodeURI(pathname);
  } catch {
    // Kept encoded: it is compared with addresses made the same way.
  }
  pathname = pathname.replace(/\/index\.html?$/i, "/").replace(/\/+$/, "");
  const id = url.searchParams.get("p") ?? url.searchParams.get("page_id");
  const query = id ? `?p=${id}` : url.search;
  return `${url.hostname.replace(/^www\./, "")}${pathname}${query}`;
}

/** An inline link's or a reference definition's destination, when it is an absolute http(s) URL. */
const DESTINATION = /(\]\([ \t]*<?|^ {0,3}\[[^\]\n]+\]:[ \t]*<?)(https?:\/\/[^\s<>()]+)/gim;

/**
 * The old addresses of every article of this import, and of the aliases already in the
 * archive (an earlier run's) on each old site this import comes from.
 */
export function oldLinks(articles: readonly ImportedArticle[], aliasesInArchive: Iterable<string>): OldLinks {
  const here = new Map<string, string>();
  const sites = new Set<string>();
  const add = (address: string, alias: string) => {
    const key = addressKey(address);
    if (key && !here.has(key)) here.set(key, alias);
  };
  for (const article of articles) {
    if (!article.oldSite) continue;
    sites.add(article.oldSite);
    for (const alias of article.aliases) add(article.oldSite + alias, alias);
    const first = article.aliases[0];
    if (first) for (const address of article.otherOldAddresses ?? []) add(address, first);
  }
  for (const alias of aliasesInArchive) for (const site of sites) add(site + alias, alias);

  return {
    pointHere(article) {
      if (here.size === 0 || !/https?:\/\//i.test(article.body)) return 0;
      const links = linkTargets(article.body);
      let count = 0;
      article.body = article.body.replace(DESTINATION, (whole, before: string, url: string) => {
        const key = addressKey(url);
        const alias = key === undefined ? undefined : here.get(key);
        // A URL that only looks like a link (in code, say) is left as written.
        if (alias === undefined || !links.has(normalizeLink(url))) return whole;
        count++;
        return `${before}${alias}${new URL(url).hash}`;
      });
      if (count) article.notes.push(`${count} link${count === 1 ? "" : "s"} to the old site's pages now in the archive ${count === 1 ? "points" : "point"} to them here`);
      return count;
    },
  };
}
