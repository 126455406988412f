/**
 * EDITORS' SETTINGS — the archive's name, description, language, publisher and list sizes,
 * edited by the newsroom in `siteSettings` below; SITE_URL comes from the environment.
 * Site-wide settings. SITE_URL (see CONTRACT.md) is the absolute URL the archive is served
 * from, path included: every link, asset, feed and the search index live under its path.
 */
export interface SiteSettings {
  title: string;
  description: string;
  /** BCP 47 language of the archive's own pages and of articles that do not declare one. */
  language: string;
  /** Absolute, with a trailing slash: https://owner.github.io/news-archive/ */
  url: string;
  /** The path part of `url`, with leading and trailing slashes: /news-archive/ */
  pathPrefix: string;
  publisher: string;
  /** Entries on each listing page (home, tag, year, month, day). */
  pageSize: number;
  /** Articles in the site-wide and per-tag feeds. */
  feedSize: number;
}

export const DEFAULT_SITE_URL = "http://localhost:8080/";

export function parseSiteUrl(value: string | undefined): URL {
  const written = value?.trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(written);
  } catch {
    throw new Error(`SITE_URL: "${written}" is not an absolute URL (e.g. https://owner.github.io/news-archive/)`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new Error(`SITE_URL: "${written}" must start with http:// or https://`);
  }
  if (url.search || url.hash) throw new Error(`SITE_URL: "${written}" must not have a query or fragment`);
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url;
}

export function siteSettings(env: NodeJS.ProcessEnv): SiteSettings {
  const url = parseSiteUrl(env.SITE_URL);
  return {
    title: "News Archive",
    description: "An archive of news dispatches, newest first, searchable in full.",
    language: "en",
    url: url.href,
    pathPrefix: url.pathname,
    publisher: "News Archive",
    pageSize: 20,
    feedSize: 50,
  };
}

export const site: SiteSettings = siteSettings(process.env);
