/**
 * /corrections/feed.xml: one Atom entry per correction, newest first, so readers and
 * other newsrooms can follow what was corrected. Every date comes from the sources.
 */
import { instant } from "../_data/dates.ts";
import { site } from "../_data/site.ts";
import { html, trusted } from "../render/html.ts";
import { renderForSite } from "../render/site-markdown.ts";
import { htmlWithAbsoluteUrls } from "./rss-plugin.ts";
import { absoluteUrl, paths } from "../render/urls.ts";
import { xml, xmlDocument } from "./xml.ts";
import type { CorrectionEntry } from "../model/corrections.ts";

/** Everything the page and the feed show, for the dev server's incremental rebuilds. */
export function correctionsFingerprint(entries: readonly CorrectionEntry[]): string {
  return JSON.stringify(
    entries.map(({ article, correction, anchor }) => [article.url, article.title, article.lang, article.dir, anchor, correction.date.written, correction.text]),
  );
}

export async function correctionsFeed(entries: readonly CorrectionEntry[]): Promise<string> {
  const shown = entries.slice(0, site.feedSize);
  const items = await Promise.all(
    shown.map(async ({ article, correction, anchor }) => {
      const url = `${absoluteUrl(article.url)}#${anchor}`;
      const body = html`<div dir="${article.dir}" lang="${article.lang}">\n${trusted(renderForSite(correction.text))}</div>\n`;
      return xml`<entry xml:lang="${article.lang}">
<id>${url}</id>
<title type="text">Correction: ${article.title}</title>
<link rel="alternate" type="text/html" href="${url}"/>
<published>${instant(correction.date)}</published>
<updated>${instant(correction.date)}</updated>
<content type="html">${await htmlWithAbsoluteUrls(body.value, absoluteUrl(article.url))}</content>
</entry>
`;
    }),
  );
  const newest = shown[0];
  return xmlDocument(xml`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${site.language}">
<id>${absoluteUrl(paths.corrections)}</id>
<title type="text">Corrections · ${site.title}</title>
<subtitle type="text">Every correction made to the archive's articles, newest first.</subtitle>
<link rel="self" type="application/atom+xml" href="${absoluteUrl(paths.correctionsFeed)}"/>
<link rel="alternate" type="text/html" href="${absoluteUrl(paths.corrections)}"/>
<updated>${newest ? instant(newest.correction.date) : "1970-01-01T00:00:00Z"}</updated>
<author><name>${site.publisher}</name><uri>${site.url}</uri></author>
<icon>${absoluteUrl(paths.icon)}</icon>
${items}</feed>`);
}
