/**
 * The archive's feeds: Atom 1.0 (site-wide and one per tag) and JSON Feed 1.1, each of
 * the newest `site.feedSize` articles; the site-wide feeds carry full text, tag feeds
 * summaries (see `tagFeed`). Pure apart from rendering
 * each body once; every date comes from the articles, never from the clock, so the same
 * articles always make the same feed byte for byte.
 */
import type { DateTime } from "luxon";
import { instant, type PublicationDate } from "../_data/dates.ts";
import { site } from "../_data/site.ts";
import type { Archive, Article, TagEntry } from "../model/archive.ts";
import { html, trusted } from "../render/html.ts";
import { renderForSite } from "../render/site-markdown.ts";
import { feedImages, sharedImage, type SharedImage } from "../images/markup.ts";
import { listedTags } from "../model/taxonomy.ts";
import { latestCorrection } from "../model/corrections.ts";
import type { Correction } from "../model/newsroom-fields.ts";
import type { AuthorEntry } from "../listings/authors.ts";
import { htmlWithAbsoluteUrls } from "./rss-plugin.ts";
import { absoluteUrl, paths } from "../render/urls.ts";
import { xml, xmlDocument } from "./xml.ts";

export interface Feed {
  title: string;
  description: string;
  /** Root-relative URL of the feed itself: /feed.xml, /tags/iran/feed.xml */
  path: string;
  /** Root-relative URL of the page the feed follows: /, /tags/iran/ */
  pagePath: string;
  /** Newest first, at most `site.feedSize`. */
  articles: readonly Article[];
  /** Whether entries carry the whole article or only its summary and link. */
  fullText: boolean;
}

/** The newest articles of the whole archive. */
export function siteFeed(archive: Pick<Archive, "articles">, path: string = paths.atomFeed): Feed {
  return {
    title: site.title,
    description: site.description,
    path,
    pagePath: paths.home(),
    articles: archive.articles.slice(0, site.feedSize),
    fullText: true,
  };
}

/**
 * The newest articles of one tag, and only those. Summaries and links, not full text:
 * with hundreds of tags, full-text tag feeds repeat every article in each of its tags'
 * feeds (a fifth of the site's bytes at 10,000 articles), and GitHub Pages publishes at most 1 GB.
 */
export function tagFeed(tag: TagEntry): Feed {
  return {
    title: `${tag.name} · ${site.title}`,
    description: tag.description ?? `The newest articles tagged ${tag.name}.`,
    path: tag.feedUrl,
    pagePath: tag.url,
    articles: tag.articles.slice(0, site.feedSize),
    fullText: false,
  };
}

/** The newest articles of one author: summaries and links, as a tag's feed. */
export function authorFeed(author: AuthorEntry): Feed {
  return {
    title: `${author.name} · ${site.title}`,
    description: `The newest articles by ${author.name}.`,
    path: author.feedUrl,
    pagePath: author.url,
    articles: author.articles.slice(0, site.feedSize),
    fullText: false,
  };
}

function later(a: DateTime, b: DateTime): boolean {
  return a.toMillis() > b.toMillis();
}

type Dated = Pick<Article, "date" | "updated"> & { corrections?: readonly Correction[] };

/** When an article last changed: the latest of its update and its corrections, never earlier than its publication. */
export function lastModified(article: Dated): PublicationDate {
  let latest = article.updated && later(article.updated.dateTime, article.date.dateTime) ? article.updated : article.date;
  const corrected = article.corrections ? latestCorrection({ corrections: article.corrections }) : undefined;
  if (corrected && later(corrected.dateTime, latest.dateTime)) latest = corrected;
  return latest;
}

/** The newest change among the articles: what a feed's or a list page's `updated` says. */
export function newestChange(articles: readonly Dated[]): PublicationDate | undefined {
  let newest: PublicationDate | undefined;
  for (const article of articles) {
    const changed = lastModified(article);
    if (!newest || later(changed.dateTime, newest.dateTime)) newest = changed;
  }
  return newest;
}

/**
 * Atom requires a feed-level `updated`. An archive with no articles has no date of its
 * own, and the build time would make every build differ, so it says the epoch.
 */
const NO_ARTICLES_YET = "1970-01-01T00:00:00Z";

function feedUpdated(feed: Feed): string {
  const newest = newestChange(feed.articles);
  return newest ? instant(newest) : NO_ARTICLES_YET;
}

const contentCache = new WeakMap<Article, Promise<string>>();

/**
 * The article's full body as HTML, with every URL absolute on the article's page. An
 * article sits in the site feed and in each of its tags' feeds, so it is rendered once.
 */
export function feedContent(article: Article): Promise<string> {
  let content = contentCache.get(article);
  if (!content) {
    const body = renderForSite(article.body, feedImages(article.sourcePath), article.formerUrlLinks);
    // Feed readers do not know the article's direction unless the markup says it.
    const markup = article.dir === "rtl" ? html`<div dir="rtl" lang="${article.lang}">\n${trusted(body)}</div>\n` : trusted(body);
    content = htmlWithAbsoluteUrls(markup.value, absoluteUrl(article.url));
    contentCache.set(article, content);
  }
  return content;
}

/**
 * The lead image of an Atom entry twice over: an `enclosure` link (Atom's own) and Media
 * RSS's `media:thumbnail`, which is what most feed readers show beside an entry.
 */
function atomImage(image: SharedImage | undefined) {
  if (!image) return "";
  return xml`<link rel="enclosure" type="${image.type}" length="${String(image.bytes)}" href="${image.url}"/>
<media:thumbnail url="${image.url}" width="${String(image.width)}" height="${String(image.height)}"/>
`;
}

/**
 * A full-text feed (the site's) carries every tag of an entry; a summary feed (a tag's)
 * only those a list entry shows: an article is in each of its tags' feeds, so all of its
 * tags in each would make the feeds grow with the square of its tag count.
 */
function categoriesOf(feed: Feed, article: Article): readonly Article["tags"][number][] {
  return feed.fullText ? article.tags : listedTags(article.tags);
}

export async function atomFeed(feed: Feed): Promise<string> {
  const entries = await Promise.all(
    feed.articles.map(async (article) => {
      const url = absoluteUrl(article.url);
      return xml`<entry xml:lang="${article.lang}">
<id>${url}</id>
<title type="text">${article.title}</title>
<link rel="alternate" type="text/html" href="${url}"/>
${atomImage(sharedImage(article))}<published>${instant(article.date)}</published>
<updated>${instant(lastModified(article))}</updated>
${article.authors.map((author) => xml`<author><name>${author.name}</name><uri>${absoluteUrl(paths.author(author.slug))}</uri></author>\n`)}${article.summary ? xml`<summary type="text">${article.summary}</summary>\n` : ""}${categoriesOf(feed, article).map(
        (tag) => xml`<category term="${tag.name}" scheme="${absoluteUrl(paths.tags)}"/>\n`,
      )}${feed.fullText ? xml`<content type="html">${await feedContent(article)}</content>\n` : ""}</entry>
`;
    }),
  );
  return xmlDocument(xml`<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" xml:lang="${site.language}">
<id>${absoluteUrl(feed.pagePath)}</id>
<title type="text">${feed.title}</title>
<subtitle type="text">${feed.description}</subtitle>
<link rel="self" type="application/atom+xml" href="${absoluteUrl(feed.path)}"/>
<link rel="alternate" type="text/html" href="${absoluteUrl(feed.pagePath)}"/>
<updated>${feedUpdated(feed)}</updated>
<author><name>${site.publisher}</name><uri>${site.url}</uri></author>
<icon>${absoluteUrl(paths.icon)}</icon>
<generator uri="https://www.11ty.dev/">Eleventy</generator>
${entries}</feed>`);
}

/** https://www.jsonfeed.org/version/1.1/ */
export async function jsonFeed(feed: Feed): Promise<string> {
  const items = await Promise.all(
    feed.articles.map(async (article) => {
      const url = absoluteUrl(article.url);
      const item: Record<string, unknown> = {
        id: url,
        url,
        title: article.title,
        content_html: await feedContent(article),
      };
      if (article.summary) item.summary = article.summary;
      const image = sharedImage(article);
      if (image) item.image = image.url;
      item.date_published = instant(article.date);
      item.date_modified = instant(lastModified(article));
      if (article.authors.length) item.authors = article.authors.map((author) => ({ name: author.name, url: absoluteUrl(paths.author(author.slug)) }));
      item.tags = article.tags.map((tag) => tag.name);
      item.language = article.lang;
      return item;
    }),
  );
  const document = {
    version: "https://jsonfeed.org/version/1.1",
    title: feed.title,
    home_page_url: absoluteUrl(feed.pagePath),
    feed_url: absoluteUrl(feed.path),
    description: feed.description,
    favicon: absoluteUrl(paths.icon),
    language: site.language,
    authors: [{ name: site.publisher, url: site.url }],
    items,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
