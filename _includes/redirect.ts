import { site } from "../src/_data/site.ts";
import { html } from "../src/render/html.ts";
import { absoluteUrl, href, paths } from "../src/render/urls.ts";
import type { Redirect } from "../src/outputs/redirects.ts";
import { documentTitle } from "../src/render/page-title.ts";
import { stringsFor } from "../src/strings/index.ts";
import { CONTENT_SECURITY_POLICY } from "./layouts/base.ts";

/**
 * An article's former URL. The refresh goes to the article under the site's path (so it
 * works on any host the site is served from, `npm start` included); the canonical link is
 * absolute, so search engines credit the article. Not indexed, not in the sitemap or search.
 */
export function redirectPage(redirect: Redirect): string {
  const { article } = redirect;
  const target = href(article.url);
  const t = stringsFor(site.language);
  return `<!DOCTYPE html>\n${html`<html lang="${site.language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta http-equiv="refresh" content="0; url=${target}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${documentTitle(t.movedTitle(article.title), site.title)}</title>
<link rel="canonical" href="${absoluteUrl(article.url)}">
<link rel="icon" href="${href(paths.icon)}" type="image/svg+xml">
<link rel="stylesheet" href="${href(paths.stylesheet)}">
</head>
<body>
<main id="main">
<h1>${t.movedHeading}</h1>
<p>${t.movedText[0]}<a href="${target}" lang="${article.lang}" dir="${article.dir}">${article.title}</a>${t.movedText[1]}</p>
</main>
</body>
</html>`}\n`;
}
