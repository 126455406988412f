import { linkTargets, normalizeLink } from "../model/markdown.ts";
import type { ImportedArticle } from "./article.ts";

/**
 * An old post's links to its own site break in a migration: an absolute link to another post
 * ("https://gazette.example/news/2016/10/06/harbour-reopens/", WordPress's "?p=42") once the
 * old domain goes, a root-relative or relative one ("/about/", "../2016/10/06/x.html") at
 * once, since the archive's pages live elsewhere. A link to a page the archive now holds is
 * pointed to that page's old path here, its alias, which the build links to the article itself
 * (src/outputs/redirects.ts) under SITE_URL's path. A root-relative or relative link to any
 * other page of the old site is pointed to that page there, and reported: it works while the
 * old site does. Links to other sites, to pictures brought along and to the archive's own URLs
 * stay as written, and so does every word around them.
 */
export interface OldLinks {
  /** Rewrites the article's body; returns how many links it changed. */
  pointHere(article: ImportedArticle): number;
}

/** What the archive holds already: its articles' URLs (`/2026/02/26/slug/`) and their aliases. */
export interface ArchiveAddresses {
  urls: Iterable<string>;
  aliases: Iterable<string>;
}

function decodedPath(pathname: string): string {
  try {
    return decodeURI(pathname);
  } catch {
    // Kept encoded: it is compared with paths made the same way.
    return pathname;
  }
}

/** A path as compared: decoded, without its last "/" or "index.html". */
function pathKey(pathname: string): string {
  return decodedPath(pathname).replace(/\/index\.html?$/i, "/").replace(/\/+$/, "");
}

/**
 * Which old address is which: the host without "www.", either scheme, the path as
 * `pathKey` has it, and only WordPress's own query (`?p=`, `?page_id=`).
 */
function addressKey(url: URL): string | undefined {
  if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
  const id = url.searchParams.get("p") ?? url.searchParams.get("page_id");
  const query = id ? `?p=${id}` : url.search;
  return `${url.hostname.replace(/^www\./, "")}${pathKey(url.pathname)}${query}`;
}

function parse(address: string, base?: string): URL | undefined {
  try {
    return new URL(address, base);
  } catch {
    return undefined;
  }
}

/** An inline link's or a reference definition's destination. */
const DESTINATION = /(\]\([ \t]*<?|^ {0,3}\[[^\]\n]+\]:[ \t]*<?)([^\s<>()]+)/gm;

/** How many of the old site's pages are named in the review note. */
const NAMED = 3;

export function oldLinks(articles: readonly ImportedArticle[], archive: ArchiveAddresses): OldLinks {
  const here = new Map<string, string>();
  const served = new Set<string>();
  const sites = new Set<string>();
  const add = (address: string, alias: string) => {
    const url = parse(address);
    const key = url && addressKey(url);
    if (key && !here.has(key)) here.set(key, alias);
  };
  for (const article of articles) {
    const { year, month, day } = article.date;
    served.add(pathKey(`/${year}/${String(month).padStart(2, "0")}/${String(day).padStart(2, "0")}/${article.slug}/`));
    for (const alias of article.aliases) served.add(pathKey(alias));
    if (!article.oldSite) continue;
    sites.add(article.oldSite);
    // Its old address is an alias, or its URL here when the two are the same (no alias is then written).
    for (const path of article.oldPage ? [article.oldPage, ...article.aliases] : article.aliases) add(article.oldSite + path, path);
    const first = article.aliases[0];
    if (first) for (const address of article.otherOldAddresses ?? []) add(address, first);
  }
  for (const url of archive.urls) served.add(pathKey(url));
  for (const alias of archive.aliases) {
    served.add(pathKey(alias));
    for (const site of sites) add(site + alias, alias);
  }

  return {
    pointHere(article) {
      const site = article.oldSite;
      if (!site || (!article.body.includes("](") && !article.body.includes("]:"))) return 0;
      const origin = parse(site);
      const base = parse(`${site}${article.oldPage ?? "/"}`);
      if (!origin || !base) return 0;
      const links = linkTargets(article.body);
      const assets = new Set(article.assets.map((asset) => asset.name));
      const toOldSite: string[] = [];
      let pointedHere = 0;
      article.body = article.body.replace(DESTINATION, (whole, before: string, target: string) => {
        // A URL that only looks like a link (in code, say), a fragment, a picture brought along: as written.
        if (!links.has(normalizeLink(target)) || target.startsWith("#") || assets.has(decodedPath(target))) return whole;
        const absolute = /^[a-z][a-z0-9+.-]*:/i.test(target);
        if (absolute ? !/^https?:/i.test(target) : target.startsWith("//")) return whole;
        // Relative links were written against the post's own old address; without it, only root-relative ones are known.
        if (!absolute && !target.startsWith("/") && !article.oldPage) return whole;
        const url = parse(target, base.href);
        if (!url) return whole;
        const key = addressKey(url);
        const alias = key === undefined ? undefined : here.get(key);
        if (alias !== undefined) {
          const rewritten = `${before}${alias}${url.hash}`;
          // A root-relative link that already names the old path is not a change.
          if (rewritten !== whole) pointedHere++;
          return rewritten;
        }
        if (absolute || url.origin !== origin.origin) return whole;
        // On the old site, under its path: a page this archive serves keeps its path here; any other is the old site's.
        const sitePath = origin.pathname.replace(/\/+$/, "");
        const inSite = url.pathname.startsWith(`${sitePath}/`) ? url.pathname.slice(sitePath.length) : undefined;
        if (inSite !== undefined && served.has(pathKey(inSite))) return target.startsWith("/") && !sitePath ? whole : `${before}${inSite}${url.search}${url.hash}`;
        toOldSite.push(target);
        return `${before}${url.href}`;
      });
      if (pointedHere) article.notes.push(`${pointedHere} link${pointedHere === 1 ? "" : "s"} to the old site's pages now in the archive ${pointedHere === 1 ? "points" : "point"} to them here`);
      if (toOldSite.length) {
        const named = [...new Set(toOldSite)];
        article.review.push(
          `${toOldSite.length} link${toOldSite.length === 1 ? "" : "s"} to pages of the old site not in the archive now ${toOldSite.length === 1 ? "points" : "point"} there (${site}): ${named.slice(0, NAMED).join(", ")}${named.length > NAMED ? ", …" : ""}`,
        );
      }
      return pointedHere + toOldSite.length;
    },
  };
}
