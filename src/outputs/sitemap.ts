/**
 * /sitemap.xml: every page of the archive on its absolute URL, with `lastmod` taken from
 * the articles (never the build time). A sitemap holds at most 50,000 URLs; past that,
 * /sitemap.xml becomes an index of numbered sitemaps, which crawlers read the same way.
 */
import { instant } from "../_data/dates.ts";
import type { Archive } from "../model/archive.ts";
import { lastModified, newestChange } from "./feeds.ts";
import { absoluteUrl, paths } from "../render/urls.ts";
import { xml, xmlDocument } from "./xml.ts";

export interface SitemapEntry {
  /** Root-relative: /2026/02/26/slug/ */
  path: string;
  /** RFC 3339, which is one of the W3C datetime forms sitemaps take. */
  lastmod?: string;
}

export interface SitemapFile {
  /** Root-relative: /sitemap.xml, /sitemap-2.xml */
  path: string;
  xml: string;
}

export const SITEMAP_LIMIT = 50_000;

/** Every page a reader can reach, except the 404 page. */
export function sitemapEntries(archive: Pick<Archive, "articles" | "listings"> & Partial<Pick<Archive, "corrections">>): SitemapEntry[] {
  const newest = newestChange(archive.articles);
  const entries: SitemapEntry[] = [];
  // A list page changes when an article on it or on an earlier page of the same list is
  // published or updated (newer articles push older ones down). Listings come one list at
  // a time, page 1 first, so a running newest per list is enough.
  let runningNewest: ReturnType<typeof newestChange>;
  for (const listing of archive.listings) {
    const own = newestChange(listing.articles);
    if (listing.pageNumber === 1 || !runningNewest) runningNewest = own;
    else if (own && own.dateTime.toMillis() > runningNewest.dateTime.toMillis()) runningNewest = own;
    entries.push(withLastmod(listing.url, runningNewest && instant(runningNewest)));
  }
  for (const article of archive.articles) entries.push({ path: article.url, lastmod: instant(lastModified(article)) });
  const everything = newest && instant(newest);
  entries.push(withLastmod(paths.archive, everything), withLastmod(paths.tags, everything), withLastmod(paths.authors, everything), { path: paths.search });
  // Redirect pages (aliases) are left out on purpose: they are not pages, only former addresses.
  const corrected = archive.corrections?.[0];
  entries.push(withLastmod(paths.corrections, corrected && instant(corrected.correction.date)));
  return entries;
}

function withLastmod(path: string, lastmod: string | undefined): SitemapEntry {
  return lastmod ? { path, lastmod } : { path };
}

function urlset(entries: readonly SitemapEntry[]): string {
  return xmlDocument(xml`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${entries.map((entry) => xml`<url><loc>${absoluteUrl(entry.path)}</loc>${entry.lastmod ? xml`<lastmod>${entry.lastmod}</lastmod>` : ""}</url>\n`)}</urlset>`);
}

function newestLastmod(entries: readonly SitemapEntry[]): string | undefined {
  let newest: string | undefined;
  let newestMillis = -Infinity;
  for (const entry of entries) {
    if (!entry.lastmod) continue;
    const millis = Date.parse(entry.lastmod);
    if (millis > newestMillis) {
      newestMillis = millis;
      newest = entry.lastmod;
    }
  }
  return newest;
}

/** One sitemap, or an index at /sitemap.xml and numbered parts when there are too many URLs. */
export function sitemapFiles(entries: readonly SitemapEntry[], limit: number = SITEMAP_LIMIT): SitemapFile[] {
  if (entries.length <= limit) return [{ path: paths.sitemap, xml: urlset(entries) }];
  const parts: { path: string; entries: readonly SitemapEntry[] }[] = [];
  for (let i = 0; i < entries.length; i += limit) {
    parts.push({ path: `/sitemap-${parts.length + 1}.xml`, entries: entries.slice(i, i + limit) });
  }
  const index = xmlDocument(xml`<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${parts.map((part) => {
  const lastmod = newestLastmod(part.entries);
  return xml`<sitemap><loc>${absoluteUrl(part.path)}</loc>${lastmod ? xml`<lastmod>${lastmod}</lastmod>` : ""}</sitemap>\n`;
})}</sitemapindex>`);
  return [{ path: paths.sitemap, xml: index }, ...parts.map((part) => ({ path: part.path, xml: urlset(part.entries) }))];
}

/**
 * Crawlers read robots.txt only at a host's root, so on a project site under /REPO/ this
 * file is for the day the archive moves to its own domain; the Sitemap line is absolute.
 */
export function robotsTxt(): string {
  return `User-agent: *\nDisallow:\n\nSitemap: ${absoluteUrl(paths.sitemap)}\n`;
}
