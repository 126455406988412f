import { site } from "../../src/_data/site.ts";
import { html, type SafeHtml } from "../../src/render/html.ts";
import { absoluteUrl, href, paths } from "../../src/render/urls.ts";
import { breadcrumbs } from "../partials/navigation.ts";
import { documentTitle } from "../../src/render/page-title.ts";
import type { Crumb } from "../../src/listings/listings.ts";
import { stringsFor } from "../../src/strings/index.ts";
import { dataPaths } from "../../src/outputs/data-export.ts";
import { onThisDayPaths } from "../../src/listings/on-this-day.ts";
import type { SharedImage } from "../../src/images/markup.ts";

export interface PageHead {
  /** The page's own title; the site's name is added after it. */
  title: string;
  description: string;
  /** Root-relative URL of this page: its canonical URL is this on SITE_URL. */
  path: string;
  lang?: string;
  ogType?: "website" | "article";
  /** Extra elements for <head> (JSON-LD, Open Graph article times). */
  head?: SafeHtml;
  /** Shown above the main content: Home › 2026 › February › 26. */
  breadcrumbs?: readonly Crumb[];
  /** e.g. "noindex" for the 404 page. */
  robots?: string;
  /** The lead image, for link previews (a large card when there is one). */
  image?: SharedImage | undefined;
}

/**
 * No script or style may come from anywhere but the site itself; Pagefind's search needs
 * WebAssembly, nothing else does. Inline scripts never run (JSON-LD is data, not script).
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
  "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'";

export function layout(page: PageHead, main: SafeHtml): string {
  const t = stringsFor(site.language);
  // The site's own words stay in the site's language on a page in another (a Persian article).
  const chrome = page.lang && page.lang !== site.language ? html` lang="${site.language}"` : html``;
  const fullTitle = documentTitle(page.title, site.title, page.path === paths.home());
  const canonical = absoluteUrl(page.path);
  return `<!DOCTYPE html>\n${html`<html lang="${page.lang ?? site.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<title>${fullTitle}</title>
<meta name="description" content="${page.description}">
<link rel="canonical" href="${canonical}">
${page.robots ? html`<meta name="robots" content="${page.robots}">` : ""}
<meta property="og:site_name" content="${site.title}">
<meta property="og:title" content="${page.title}">
<meta property="og:description" content="${page.description}">
<meta property="og:type" content="${page.ogType ?? "website"}">
<meta property="og:url" content="${canonical}">
${page.image ? html`<meta property="og:image" content="${page.image.url}">
<meta property="og:image:width" content="${String(page.image.width)}">
<meta property="og:image:height" content="${String(page.image.height)}">
<meta property="og:image:alt" content="${page.image.alt}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:image:alt" content="${page.image.alt}">` : html`<meta name="twitter:card" content="summary">`}
<link rel="icon" href="${href(paths.icon)}" type="image/svg+xml">
<link rel="stylesheet" href="${href(paths.stylesheet)}">
<script src="${href(paths.keysScript)}" defer></script>
<link rel="alternate" type="application/atom+xml" title="${site.title} (Atom)" href="${href(paths.atomFeed)}">
<link rel="alternate" type="application/feed+json" title="${site.title} (JSON Feed)" href="${href(paths.jsonFeed)}">
${page.head ?? ""}
</head>
<body>
<a class="skip-link" href="#main"${chrome}>${t.skipToContent}</a>
<header class="site-header"${chrome}>
<p class="site-name"><a href="${href(paths.home())}">${site.title}</a></p>
<nav class="site-nav" aria-label="${t.siteNavigation}">
<ul>
<li><a href="${href(paths.archive)}">${t.archive}</a></li>
<li><a href="${href(paths.tags)}">${t.tags}</a></li>
</ul>
</nav>
<form class="site-search" role="search" action="${href(paths.search)}" method="get">
<label for="site-search-q">${t.searchTheArchive}</label>
<input id="site-search-q" type="search" name="q" autocomplete="off" placeholder="${t.searchTheArchive}">
<button type="submit">${t.search}</button>
</form>
</header>
${page.breadcrumbs?.length ? breadcrumbs(page.breadcrumbs, page.title, chrome) : ""}
<main id="main" tabindex="-1">
${main}
</main>
<footer class="site-footer"${chrome}>
<p><a href="${href(paths.archive)}">${t.archive}</a> · <a href="${href(paths.tags)}">${t.tags}</a> · <a href="${href(paths.authors)}">${t.authors}</a> · <a href="${href(paths.corrections)}">${t.corrections}</a> · <a href="${href(paths.atomFeed)}">${t.atomFeed}</a> · <a href="${href(paths.jsonFeed)}">${t.jsonFeed}</a> · <a href="${href(onThisDayPaths.index)}">${t.onThisDay}</a> · <a href="${href(dataPaths.page)}">${t.data}</a></p>
</footer>
</body>
</html>`}\n`;
}
