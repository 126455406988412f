import { formatDisplayDate, formatDisplayDateTime, machineDate } from "../src/_data/dates.ts";
import { site } from "../src/_data/site.ts";
import type { Article } from "../src/model/archive.ts";
import { html, jsonForScript, trusted, type SafeHtml } from "../src/render/html.ts";
import { renderForSite } from "../src/render/site-markdown.ts";
import { monthName } from "../src/_data/dates.ts";
import { absoluteUrl, href, paths } from "../src/render/urls.ts";
import { articleList, siteLanguageWithin, wordsFor } from "./partials/article-list.ts";
import { citationMetaTags, citeBlock } from "./partials/citation.ts";
import { layout } from "./layouts/base.ts";
import { stringsFor } from "../src/strings/index.ts";
import { imageJsonLd, leadFigure, pageImages, sharedImage } from "../src/images/markup.ts";
import { leadImageOf } from "../src/images/registry.ts";
import { lastModified } from "../src/outputs/feeds.ts";
import { paragraphTexts } from "../src/model/markdown.ts";
import { bylineLinks, correctionNotice, correctionsSection, statusBanner } from "./partials/newsroom.ts";

/** schema.org NewsArticle, for search engines and link previews. */
export function newsArticleJsonLd(article: Article): Record<string, unknown> {
  const data: Record<string, unknown> = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.title,
    description: article.summary,
    datePublished: machineDate(article.date),
    // A correction changes the article as an update does: the latest of either.
    dateModified: machineDate(lastModified(article)),
    url: absoluteUrl(article.url),
    mainEntityOfPage: absoluteUrl(article.url),
    inLanguage: article.lang,
    keywords: article.tags.map((tag) => tag.name),
    wordCount: article.wordCount,
    publisher: { "@type": "Organization", name: site.publisher, url: site.url },
  };
  // Unsigned wire copy is the publisher's own: search engines want an author on every NewsArticle.
  data.author = article.authors.length
    ? article.authors.map((author) => {
        const person: Record<string, unknown> = { "@type": "Person", name: author.name, url: absoluteUrl(paths.author(author.slug)) };
        const sameAs = [...(author.website ? [author.website] : []), ...(author.sameAs ?? [])];
        if (sameAs.length) person.sameAs = sameAs;
        return person;
      })
    : [{ "@type": "Organization", name: site.publisher, url: site.url }];
  if (article.corrections.length) {
    data.correction = article.corrections.map((correction) => ({
      "@type": "CorrectionComment",
      text: paragraphTexts(correction.text).join("\n\n"),
      datePublished: machineDate(correction.date),
    }));
  }
  if (article.dateline) data.locationCreated = { "@type": "Place", name: article.dateline };
  if (article.source) data.isBasedOn = article.source;
  const image = sharedImage(article);
  if (image) data.image = [imageJsonLd(image)];
  return data;
}

function articleMeta(article: Article): SafeHtml {
  const { t, lang } = wordsFor(article.lang);
  const date = html`<time datetime="${machineDate(article.date)}" data-pagefind-sort="date:${machineDate(article.date)}">${formatDisplayDateTime(article.date, article.lang)}</time>`;
  return html`<p class="article-meta">
${article.dateline ? html`<span class="dateline">${article.dateline}</span> · ` : ""}${date}
${article.updated ? html` · <span class="updated"${lang}>${t.updated} <time datetime="${machineDate(article.updated)}">${formatDisplayDate(article.updated, article.lang)}</time></span>` : ""}
${article.authors.length ? html` · <span class="byline">${t.by("")}${bylineLinks(article)}</span>` : ""}
${article.source ? html` · <span class="source">${article.source}</span>` : ""}
· <span class="reading-time"${lang}>${t.minRead(article.readingMinutes)}</span>
</p>`;
}

function neighbours(article: Article): SafeHtml {
  if (!article.older && !article.newer) return html``;
  const { t, lang } = wordsFor(article.lang);
  return html`<nav class="neighbours" aria-label="${t.previousAndNext}"${lang}>
<ul>
${article.older ? html`<li class="older"><span>${t.previous}</span> <a rel="prev" href="${href(article.older.url)}">${article.older.title}</a></li>` : ""}
${article.newer ? html`<li class="newer"><span>${t.next}</span> <a rel="next" href="${href(article.newer.url)}">${article.newer.title}</a></li>` : ""}
</ul>
</nav>`;
}

export function articlePage(article: Article): string {
  const { year, month, day } = article.date;
  const { t, lang } = wordsFor(article.lang);
  const chrome = stringsFor(site.language);
  const lead = leadImageOf(article);
  const main = html`<article class="article" lang="${article.lang}" dir="${article.dir}" data-print-url="${absoluteUrl(article.url)}" data-pagefind-body>
<header class="article-header">
${statusBanner(article, siteLanguageWithin(article.lang))}
<h1 data-pagefind-meta="title">${article.title}</h1>
${article.summaryIsLede ? "" : html`<p class="dek">${article.summary}</p>`}
${articleMeta(article)}
${correctionNotice(article, siteLanguageWithin(article.lang))}
</header>
${lead ? leadFigure(lead) : ""}
<div class="article-body">
${trusted(renderForSite(article.body, pageImages(article.sourcePath), article.formerUrlLinks))}
</div>
${correctionsSection(article, siteLanguageWithin(article.lang))}
${article.tags.length ? html`<footer class="article-tags"${lang}><h2>${t.tags}</h2><ul${siteLanguageWithin(article.lang)}>${article.tags.map(
    (tag) => html`<li><a rel="tag" href="${href(paths.tag(tag.slug))}" data-pagefind-filter="tag">${tag.name}</a></li>`,
  )}</ul></footer>` : ""}
</article>
${citeBlock(article)}
${neighbours(article)}
${article.related.length ? html`<aside class="related" aria-labelledby="related-heading"${lang}><h2 id="related-heading">${t.relatedArticles}</h2>${articleList(article.related, 3, "headline")}</aside>` : ""}`;

  return layout(
    {
      title: article.title,
      description: article.summary || article.title,
      path: article.url,
      lang: article.lang,
      ogType: "article",
      image: sharedImage(article),
      breadcrumbs: [
        { label: chrome.home, url: paths.home() },
        { label: String(year), url: paths.year(year) },
        { label: monthName(month), url: paths.month(year, month) },
        { label: String(day), url: paths.day(year, month, day) },
      ],
      head: html`<meta property="article:published_time" content="${machineDate(article.date)}">
${lastModified(article) !== article.date ? html`<meta property="article:modified_time" content="${machineDate(lastModified(article))}">` : ""}
${article.tags.map((tag) => html`<meta property="article:tag" content="${tag.name}">`)}
${citationMetaTags(article)}<script type="application/ld+json">${trusted(jsonForScript(newsArticleJsonLd(article)))}</script>
<script src="${href(paths.highlightScript)}" defer></script>`,
    },
    main,
  );
}
