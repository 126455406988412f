import { existsSync } from "node:fs";
import path from "node:path";
import { isoDay, pad2, type PublicationDate } from "../_data/dates.ts";
import { decodeDispatch } from "./dispatch-text.ts";
import { paragraphTexts } from "../model/markdown.ts";
import type { ImportedArticle } from "./article.ts";
import { namesOf, readSourceFrontMatter, sourceDate, textOf } from "./front-matter.ts";
import { drawHeadline, neutralSlug, slugForHeadline } from "./headline.ts";
import { leadAsset, placeImages } from "./images.ts";
import { languageToWrite } from "./language.ts";
import { convertEmbeddedHtml, placeSummaryBreak } from "./markdown-html.ts";
import { dateInFileName, expandPermalink, fileSlugOf, oldSiteAddress, siteOf, type Generator, type SiteInfo } from "./static-site.ts";
import { mergeTags } from "./tags.ts";
import { convertTemplates } from "./templates.ts";

/**
 * Markdown posts of Jekyll, Hugo and Eleventy sites as articles: their dates (file name,
 * time and offset), `published`/`draft`, `description`/`summary`, `categories`, `tags`,
 * `author(s)`, former URLs as aliases, Liquid and shortcodes converted or reported, raw
 * HTML converted to Markdown, images brought along. Posts are read in two passes so a
 * `{% post_url %}` can point to another post of the same import.
 */
export type PostResult =
  | { kind: "article"; article: ImportedArticle }
  | { kind: "skipped"; origin: string; why: string }
  | { kind: "refused"; origin: string; why: string }
  | { kind: "dispatch"; origin: string; bytes: Uint8Array };

export interface PostOptions {
  oldUrl?: string;
  /** Where the old site was served, when its configuration does not say. */
  oldSite?: string;
  lang?: string;
  siteLanguage: string;
}

interface Planned {
  file: string;
  origin: string;
  front: Record<string, unknown>;
  body: string;
  site: SiteInfo | undefined;
  generator: Generator;
  date: PublicationDate;
  slug: string;
  review: string[];
  notes: string[];
}

/** Keys the importer reads; any other is listed in the report as not kept. */
const READ_KEYS = new Set(
  "title date published draft description excerpt summary tags categories category taxonomies author authors redirect_from aliases slug url path permalink lang language lastmod updated last_modified_at layout".split(" "),
);
const IMAGE_KEYS = ["image", "cover", "featured_image", "thumbnail", "banner", "images"];
/** Where themes keep a lead image's description. */
const IMAGE_ALT_KEYS = ["image_alt", "imageAlt", "image_description", "alt"];

/**
 * The lead image a post names, as themes write it: a path (`image: /img/x.jpg`), a list
 * (`images: [x.jpg]`, Hugo's), or a table (`cover: {image: x.jpg, alt: …}`). An empty `image:`
 * (a template's placeholder) names none.
 */
function leadImageOf(front: Record<string, unknown>): { key: string; src: string; alt?: string } | undefined {
  for (const key of IMAGE_KEYS) {
    let value = front[key];
    if (Array.isArray(value)) value = value[0];
    let alt: string | undefined;
    if (value && typeof value === "object") {
      const table = value as Record<string, unknown>;
      alt = textOf(table.alt) ?? textOf(table.caption);
      value = table.image ?? table.src ?? table.url ?? table.path;
    }
    const src = textOf(value);
    if (src) return { key, src, ...(alt ? { alt } : {}) };
  }
  return undefined;
}
/** Eleventy collection names, not topics. */
const COLLECTION_TAGS = new Set(["post", "posts", "all"]);

function generatorOf(file: string, site: SiteInfo | undefined, format: "yaml" | "toml"): Generator {
  if (site) return site.generator;
  if (format === "toml") return "hugo";
  if (file.split(path.sep).includes("_posts") || file.split(path.sep).includes("_drafts")) return "jekyll";
  return "eleventy";
}

function titleFromFileName(slug: string): string {
  const words = slug.replace(/[-_]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function rootRelative(url: string): string | undefined {
  const trimmed = url.trim();
  if (!trimmed) return undefined;
  let pathname = trimmed;
  if (/^[a-z]+:\/\//i.test(trimmed)) {
    try {
      pathname = new URL(trimmed).pathname;
    } catch {
      return undefined;
    }
  }
  return pathname.startsWith("/") ? pathname : `/${pathname}`;
}

function plan(file: string, origin: string, text: string, options: PostOptions): Planned | Exclude<PostResult, { kind: "article" }> {
  const fm = readSourceFrontMatter(text);
  if (!fm) return { kind: "dispatch", origin, bytes: Buffer.from(text) };
  if (!fm.ok) return { kind: "refused", origin, why: fm.error };
  const front = fm.data;
  // A site whose content folder does not hold the post is not its site (old posts kept in a folder of this project, say).
  const found = siteOf(file);
  const site = found && !path.relative(found.inputDir, path.resolve(file)).startsWith("..") ? found : undefined;
  const generator = generatorOf(file, site, fm.format);
  const review: string[] = [];
  const notes: string[] = [];
  if (path.basename(file) === "_index.md") return { kind: "skipped", origin, why: "a section page (_index.md), not an article" };
  if (front.permalink === false) return { kind: "skipped", origin, why: "`permalink: false`: the old site never published it as a page" };

  const fromName = dateInFileName(file);
  const ownUrl = ownOldUrl(front, generator);
  const fromUrl = ownUrl ? /(?:^|\/)(\d{4})\/(\d{2})\/(\d{2})(?:\/|$)/.exec(ownUrl)?.slice(1, 4).join("-") : undefined;
  const written = front.date ?? front.publishDate ?? front.pubDate;
  let date = sourceDate(written, site?.timeZone);
  if (!date) {
    const fallback = (fromName ? sourceDate(fromName) : undefined) ?? (fromUrl ? sourceDate(fromUrl) : undefined);
    if (!fallback) return { kind: "skipped", origin, why: written === undefined ? "has no date, in its front matter, its file name or its URL (a page rather than a post?)" : `its date "${String(written)}" cannot be read and its file name has none` };
    if (written !== undefined) review.push(`its date "${String(written)}" could not be read; the ${fromName ? `file name's (${fromName})` : `URL's (${fromUrl})`} was used`);
    else if (!fromName) notes.push(`its date was read from its old URL (${ownUrl})`);
    date = fallback;
  }
  const fileSlug = fileSlugOf(file);
  // A Zola `path` names the post's URL, its last part the slug the old site showed.
  const preferred = textOf(front.slug) ?? (generator === "zola" && ownUrl ? ownUrl.split("/").filter(Boolean).at(-1) : undefined) ?? fileSlug;
  const slug = slugForHeadline(preferred.replace(/[-_]+/g, " ")) ?? slugForHeadline(textOf(front.title) ?? "") ?? neutralSlug(isoDay(date));
  const ignored = Object.keys(front).filter((key) => !READ_KEYS.has(key) && !IMAGE_KEYS.includes(key) && !IMAGE_ALT_KEYS.includes(key));
  if (ignored.length) notes.push(`front matter not kept: ${ignored.join(", ")}`);
  return { file, origin, front, body: fm.body, site, generator, date, slug, review, notes };
}

/** The URL a post gives itself: Jekyll's `permalink`, Hugo's `url`, Zola's `path` (relative to the site's address). */
function ownOldUrl(front: Record<string, unknown>, generator: Generator): string | undefined {
  const own = textOf(generator === "hugo" ? front.url : generator === "zola" ? front.path : front.permalink);
  if (!own || generator !== "zola") return own;
  return `/${own.replace(/^\/+|\/+$/g, "")}/`;
}

const newUrl = (date: PublicationDate, slug: string) => `/${date.year}/${pad2(date.month)}/${pad2(date.day)}/${slug}/`;

/**
 * The post's address on the old site, from its own `permalink`/`url`/`path`, else the site's
 * pattern (`page`, which relative links in it were written against), and its aliases: that
 * address and any `redirect_from`/`aliases`, less the new URL.
 */
function oldUrls(p: Planned, options: PostOptions): { page: string | undefined; aliases: string[] } {
  const { front, site, generator } = p;
  const urls: string[] = [];
  const categories = [...namesOf(front.categories, generator === "jekyll"), ...namesOf(front.category, generator === "jekyll")];
  const parts = {
    date: p.date,
    fileSlug: fileSlugOf(p.file),
    title: textOf(front.title) ?? fileSlugOf(p.file),
    categories,
    section: site && generator === "hugo" ? (path.relative(site.inputDir, p.file).split(path.sep)[0] ?? "") : "",
  } as Parameters<typeof expandPermalink>[1];
  const slug = textOf(front.slug);
  if (slug) parts.slug = slug;
  const own = ownOldUrl(front, generator);
  if (own && !own.includes("{{") && !own.includes("{%")) {
    const expanded = own.includes(":") ? expandPermalink(own, parts) : own;
    if (expanded) urls.push(expanded);
  } else if (own) {
    p.review.push(`its \`permalink\` is a template (${own}); its old URL is not known, so no alias was written`);
  } else {
    const pattern =
      options.oldUrl ??
      (generator === "hugo" ? (site?.permalinks[parts.section] ?? site?.permalinks[""] ?? (parts.slug ? "/:section/:slug/" : "/:section/:filename/")) : generator === "jekyll" ? (site?.permalinks[""] ?? "/:categories/:year/:month/:day/:title:output_ext") : undefined);
    if (pattern) {
      // Hugo's :slug and :title fall back to the title, slugified.
      const expanded = expandPermalink(pattern, generator === "hugo" ? { ...parts, slug: slug ?? (textOf(front.title) ?? parts.fileSlug) } : parts);
      if (expanded) urls.push(expanded);
    } else if (site && generator === "zola") {
      // Zola: the page's section folders, then its slug (the file's name without a date, or its folder's).
      const folders = path.relative(site.inputDir, path.dirname(p.file)).split(path.sep).filter((part) => part && part !== "..");
      if (path.basename(p.file) === "index.md") folders.pop();
      urls.push(`/${[...folders, slug ?? parts.fileSlug].join("/")}/`);
    } else if (site) {
      // Eleventy: the file's path under the input folder, as a folder.
      const relative = path.relative(site.inputDir, p.file).split(path.sep).join("/").replace(/\.[^./]+$/, "").replace(/(^|\/)index$/, "");
      urls.push(`/${relative ? `${relative}/` : ""}`);
    }
  }
  const page = urls[0] === undefined ? undefined : rootRelative(urls[0]);
  for (const key of ["redirect_from", "aliases"]) urls.push(...namesOf(front[key]));
  const mine = newUrl(p.date, p.slug);
  return { page, aliases: [...new Set(urls.map(rootRelative).filter((u): u is string => !!u && u !== mine))] };
}

function locateImage(p: Planned): (src: string) => string | undefined {
  return (src) => {
    if (/^[a-z]+:|^\/\//i.test(src)) return undefined;
    const clean = decodeURIComponent(src.split(/[?#]/)[0] ?? src);
    const root = p.site?.root ?? path.dirname(p.file);
    if (!clean.startsWith("/")) {
      // Beside the post, or, as a site's shortcodes read it (`{% image "assets/x.jpg" %}`), from the site's folder.
      const beside = path.resolve(path.dirname(p.file), clean);
      const fromRoot = path.resolve(root, clean);
      return existsSync(beside) || !fromRoot.startsWith(root) || !existsSync(fromRoot) ? beside : fromRoot;
    }
    for (const base of [root, path.join(root, "static"), path.join(root, "assets"), p.site?.inputDir ?? root]) {
      const candidate = path.join(base, clean);
      if (candidate.startsWith(base) && existsSync(candidate)) return candidate;
    }
    return undefined;
  };
}

/**
 * Where a Jekyll `{% link %}` to a page not in this import lived on the old site, from its
 * `url` and `baseurl`: a post (`_posts/2017-01-18-x.markdown`) by the posts' permalink, when
 * that does not depend on categories the link cannot know; a page of another collection
 * (`_docs/history.md`) by that collection's `permalink`. Undefined when that is not known.
 */
function onOldSite(reference: string, site: SiteInfo | undefined): string | undefined {
  const config = site?.generator === "jekyll" ? site.config : undefined;
  const match = /^\/?_([\w-]+)\/(.+?)\.(?:md|markdown|html)$/.exec(reference);
  const address = oldSiteAddress(site);
  if (!site || !config || !address || !match) return undefined;
  const collection = match[1]!;
  const file = match[2]!;
  let urlPath: string | undefined;
  if (collection === "posts") {
    const day = dateInFileName(file);
    const date = day ? sourceDate(day) : undefined;
    const pattern = site.permalinks[""];
    const fileSlug = fileSlugOf(file);
    if (date && pattern && !pattern.includes(":categories")) urlPath = expandPermalink(pattern, { date, fileSlug, title: fileSlug, categories: [], section: "" });
  } else {
    const pattern = (config.collections as Record<string, { permalink?: unknown }> | undefined)?.[collection]?.permalink;
    if (typeof pattern === "string") urlPath = pattern.replace(/:collection\b/g, collection).replace(/:path\b/g, file).replace(/:name\b/g, path.posix.basename(file)).replace(/:output_ext\b/g, ".html");
  }
  if (!urlPath || urlPath.includes(":")) return undefined;
  return `${address}${urlPath.startsWith("/") ? "" : "/"}${urlPath}`;
}

function toArticle(p: Planned, resolveInImport: (reference: string) => string | undefined, options: PostOptions): ImportedArticle {
  const { front, generator } = p;
  const toOldSite: string[] = [];
  const resolve = (reference: string) => {
    const found = resolveInImport(reference);
    if (found) return found;
    const old = onOldSite(reference, p.site);
    if (old) toOldSite.push(`its link to ${reference}, a page not in the archive, points to the old site: ${old}`);
    return old;
  };
  const templates = convertTemplates(p.body, { resolve, config: p.site?.config ?? {}, syntax: generator === "hugo" ? "hugo" : generator === "zola" ? "zola" : "liquid" });
  for (const tag of templates.unconverted) p.review.push(`${generator === "jekyll" || generator === "eleventy" ? "template tag" : "shortcode"} not converted, shown as text: ${tag}`);
  p.review.push(...toOldSite);
  const html = convertEmbeddedHtml(templates.text);
  if (html.converted) p.notes.push(`${html.converted} block${html.converted === 1 ? "" : "s"} of raw HTML converted to Markdown`);
  p.review.push(...html.notes);
  const placed = placeSummaryBreak(html.markdown);
  if (placed?.before !== undefined) p.notes.push("the summary break (`<!--more-->`) inside a paragraph was taken out; the text before it is the summary unless the post had one");
  const images = placeImages(placed?.body ?? html.markdown, locateImage(p));
  for (const src of images.missing) p.review.push(`image not found, left as a link: ${src}`);
  for (const src of images.undescribed) p.review.push(`image had no alt text; its file name was used: ${src}`);
  const lead = leadImageOf(front);
  const leadFile = lead && locateImage(p)(lead.src);

  let title = textOf(front.title);
  if (!title) {
    const lede = paragraphTexts(images.body)[0];
    title = generator === "jekyll" || !lede ? titleFromFileName(fileSlugOf(p.file)) : drawHeadline(lede).headline;
    p.review.push("it had no title; one was made from its file name or lede");
  }
  const draft = front.published === false || front.draft === true || p.file.split(path.sep).includes("_drafts");
  const jekyllLists = generator === "jekyll";
  const taxonomies = front.taxonomies && typeof front.taxonomies === "object" ? (front.taxonomies as Record<string, unknown>) : {};
  let tags = [...namesOf(front.tags, jekyllLists), ...namesOf(front.categories, jekyllLists), ...namesOf(front.category), ...namesOf(taxonomies.tags), ...namesOf(taxonomies.categories)];
  if (generator === "eleventy") tags = tags.filter((t) => !COLLECTION_TAGS.has(t.toLowerCase()));
  const byline = [...namesOf(front.author), ...namesOf(front.authors)];
  const summary = textOf(front.description) ?? textOf(front.excerpt) ?? textOf(front.summary) ?? placed?.before;
  const langWritten = textOf(front.lang) ?? textOf(front.language);
  const lang = languageToWrite(`${title}\n\n${images.body}`, options.siteLanguage, options.lang ?? langWritten);
  const updated = sourceDate(front.lastmod ?? front.updated ?? front.last_modified_at, p.site?.timeZone);
  const old = oldUrls(p, options);
  const article: ImportedArticle = {
    origin: p.origin,
    title,
    date: p.date,
    tags: mergeTags([], tags),
    aliases: old.aliases,
    body: images.body,
    slug: p.slug,
    assets: images.assets,
    review: p.review,
    notes: p.notes,
  };
  const oldSite = oldSiteAddress(p.site) ?? options.oldSite;
  if (oldSite) article.oldSite = oldSite;
  if (old.page) article.oldPage = old.page;
  if (lead && leadFile && existsSync(leadFile)) {
    const name = leadAsset(article.assets, leadFile);
    const alt = lead.alt ?? IMAGE_ALT_KEYS.map((key) => textOf(front[key])).find(Boolean);
    article.image = { src: name, alt: alt ?? title };
    if (!alt) p.review.push("its lead image had no alt text; the headline stands in");
  } else if (lead) p.review.push(`its lead image (\`${lead.key}\`) was not found, so not brought over: ${lead.src}`);
  if (updated && updated.dateTime >= p.date.dateTime) article.updated = updated;
  if (summary) article.summary = summary;
  if (byline.length) article.byline = [...new Set(byline)];
  if (lang) article.lang = lang;
  if (draft) article.draft = true;
  return article;
}

/** Reads and converts Markdown posts; `read` gives a file's bytes or the reason it cannot be read. */
export function importPosts(files: { file: string; origin: string; bytes: Uint8Array }[], options: PostOptions): PostResult[] {
  const results: (PostResult | Planned)[] = [];
  const byReference = new Map<string, string>();
  for (const { file, origin, bytes } of files) {
    const decoded = decodeDispatch(bytes);
    if (!decoded.ok) {
      results.push({ kind: "refused", origin, why: decoded.error });
      continue;
    }
    const planned = plan(file, origin, decoded.text, options);
    results.push(planned);
    if ("front" in planned) {
      const url = newUrl(planned.date, planned.slug);
      const base = path.basename(file, path.extname(file));
      // A bundle's index.md is named by its folder: its bare name would be every bundle's.
      if (base !== "index" && base !== "_index") {
        byReference.set(base, url);
        byReference.set(path.basename(file), url);
      }
      if (planned.site) {
        const relative = path.relative(planned.site.root, file).split(path.sep).join("/");
        byReference.set(relative, url);
        byReference.set(path.relative(planned.site.inputDir, file).split(path.sep).join("/"), url);
      }
    }
  }
  const resolve = (reference: string) => byReference.get(reference) ?? byReference.get(reference.replace(/^\//, "")) ?? byReference.get(path.basename(reference, path.extname(reference)));
  return results.map((r) => ("front" in r ? { kind: "article", article: toArticle(r, resolve, options) } : r));
}
