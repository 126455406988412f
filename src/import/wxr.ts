import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { isoDay, parsePublicationDate, type PublicationDate } from "../_data/dates.ts";
import { decodeDispatch } from "./dispatch-text.ts";
import { decodeCharacterReferences, paragraphTexts } from "../model/markdown.ts";
import type { ImportedArticle } from "./article.ts";
import { sourceDate } from "./front-matter.ts";
import { drawHeadline, neutralSlug, slugForHeadline } from "./headline.ts";
import { autop, htmlToMarkdown, leftOutNotes } from "./html-to-markdown.ts";
import { leadAsset, placeImages } from "./images.ts";
import { languageToWrite } from "./language.ts";
import { repairMojibake } from "./mojibake.ts";
import { escapeHtml } from "../render/html.ts";
import { count, type Report } from "./report.ts";
import { expandPermalink } from "./static-site.ts";
import { mergeTags } from "./tags.ts";
import { parseWxr, type WxrItem } from "./wxr-parse.ts";

/** The text of a bit of HTML (WordPress keeps titles and term names so): tags dropped, character references decoded, every backslash kept. */
function htmlText(html: string): string {
  // The decoder also reads Markdown's backslash escapes ("\_" as "_"): doubled, each stays one.
  return decodeCharacterReferences(html.replace(/<\/?[A-Za-z][^<>]*>/g, "").replace(/\\/g, "\\\\"));
}

/**
 * Posts of a WordPress export as articles. Pages are left out (an archive of news holds
 * articles; each page is listed in the report), as are menu items and other types;
 * attachments are the images posts use; comments are counted, not imported. Drafts,
 * pending and private posts come in as drafts; trashed ones are left out.
 */
export interface WxrOptions {
  siteLanguage: string;
  lang?: string;
  /** wp-content/uploads, for images. */
  uploads?: string;
  oldUrl?: string;
}

export type ItemResult = { kind: "article"; article: ImportedArticle } | { kind: "skipped" | "refused"; origin: string; why: string };

const DRAFT_STATUSES = new Set(["draft", "pending", "private", "future"]);

/** WordPress's local time plus its GMT time give the offset it was written in. */
function wordpressDate(local: string | undefined, gmt: string | undefined): PublicationDate | undefined {
  const l = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})$/.exec(local?.trim() ?? "");
  if (!l || l[1] === "0000-00-00") return undefined;
  const g = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})$/.exec(gmt?.trim() ?? "");
  if (!g || g[1] === "0000-00-00") return sourceDate(l[1]);
  const minutes = Math.round((Date.parse(`${l[1]}T${l[2]}Z`) - Date.parse(`${g[1]}T${g[2]}Z`)) / 60000);
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  const parsed = parsePublicationDate(`${l[1]}T${l[2]}${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`);
  return parsed.ok ? parsed.date : sourceDate(l[1]);
}

/** The local file of an uploads URL: https://site/wp-content/uploads/2019/01/x.jpg → DIR/2019/01/x.jpg, else its full-size original. */
function uploadFile(url: string, uploads: string | undefined): string | undefined {
  if (!uploads) return undefined;
  const match = /\/wp-content\/uploads\/([^?#]+)/.exec(url);
  if (!match) return undefined;
  let relative: string;
  try {
    relative = decodeURIComponent(match[1]!);
  } catch {
    return undefined;
  }
  const root = path.resolve(uploads);
  for (const candidate of [relative, relative.replace(/-\d+x\d+(?=\.[a-z0-9]+$)/i, "")]) {
    const file = path.resolve(root, candidate);
    if (file.startsWith(root + path.sep) && existsSync(file) && statSync(file).isFile()) return file;
  }
  return undefined;
}

function pathOf(link: string | undefined, base: string): string | undefined {
  if (!link) return undefined;
  try {
    const url = new URL(link.trim(), base || "http://example.invalid/");
    if (url.searchParams.has("p") || url.searchParams.has("page_id") || url.searchParams.has("attachment_id")) return undefined;
    return url.pathname;
  } catch {
    return undefined;
  }
}

function originOf(link: string | undefined): string | undefined {
  try {
    const url = new URL(link?.trim() ?? "");
    return /^https?:$/.test(url.protocol) ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `[gallery]`: its attachments (`ids="…"`, else the post's own, in WordPress's menu order) as
 * figures, each described by its alt text, else its title (reported), captioned by its
 * caption; the images are then brought along like any other.
 */
function gallery(attributes: string, post: WxrItem, attachments: Map<string, WxrItem>, review: string[]): string | undefined {
  const ids = /\bids\s*=\s*["']?([\d,\s]+)/.exec(attributes)?.[1];
  const postId = (post.fields["wp:post_id"] ?? "").trim();
  const chosen = ids
    ? ids.split(",").map((id) => attachments.get(id.trim())).filter((a): a is WxrItem => a !== undefined)
    : [...attachments.values()]
        .filter((a) => (a.fields["wp:post_parent"] ?? "").trim() === postId)
        .sort((a, b) => Number(a.fields["wp:menu_order"] ?? 0) - Number(b.fields["wp:menu_order"] ?? 0) || Number(a.fields["wp:post_id"]) - Number(b.fields["wp:post_id"]));
  if (chosen.length === 0) return undefined;
  let untitled = 0;
  const figures = chosen.map((attachment) => {
    const url = (attachment.fields["wp:attachment_url"] ?? attachment.fields.guid ?? "").trim();
    let alt = (attachment.meta._wp_attachment_image_alt ?? "").trim();
    if (!alt) {
      alt = htmlText(attachment.fields.title ?? "").trim();
      untitled++;
    }
    const caption = (attachment.fields["excerpt:encoded"] ?? "").trim();
    return `<figure><img src="${escapeHtml(url)}" alt="${escapeHtml(alt)}">${caption ? `<figcaption>${caption}</figcaption>` : ""}</figure>`;
  });
  if (untitled) review.push(`${untitled} gallery image${untitled === 1 ? "" : "s"} had no alt text; ${untitled === 1 ? "its title was" : "their titles were"} used`);
  return figures.join("\n");
}

/** `[audio]`/`[video]` with their file: a link to it, as `[embed]` becomes one; a player needs the old site's scripts. */
function mediaLink(attributes: string): string | undefined {
  const url = /\b(?:src|mp3|m4a|ogg|wav|mp4|m4v|webm|ogv|flv)\s*=\s*["']?([^"'\s\]]+)/.exec(attributes)?.[1] ?? /^\s*(https?:\/\/\S+)\s*$/.exec(attributes)?.[1];
  return url ? `<p><a href="${escapeHtml(url)}">${escapeHtml(url)}</a></p>` : undefined;
}

/** WordPress shortcodes: [caption] becomes a figure, [gallery] its images, [audio] and [video] links; any other is reported and left as text. */
function shortcodes(html: string, review: string[], post: WxrItem, attachments: Map<string, WxrItem>): string {
  let text = html.replace(/\[caption[^\]]*\]([\s\S]*?)\[\/caption\]/g, (_m, inner: string) => {
    const image = /<a\b[^>]*>\s*<img\b[^>]*>\s*<\/a>|<img\b[^>]*>/i.exec(inner)?.[0] ?? "";
    const caption = inner.replace(image, "").trim();
    return `<figure>${image}${caption ? `<figcaption>${caption}</figcaption>` : ""}</figure>`;
  });
  text = text.replace(/\[embed\]([^[]+)\[\/embed\]/g, (_m, url: string) => `<p><a href="${url.trim()}">${url.trim()}</a></p>`);
  text = text.replace(/\[gallery\b([^\]]*)\]/g, (whole, attributes: string) => gallery(attributes, post, attachments, review) ?? whole);
  text = text.replace(/\[(?:audio|video)\b([^\]]*)\](?:\s*\[\/(?:audio|video)\])?/g, (whole, attributes: string) => mediaLink(attributes) ?? whole);
  const seen = new Set<string>();
  for (const match of text.matchAll(/\[(\/?)([a-z][a-z0-9_-]*)((?:\s[^\]]*)?)\]/gi)) {
    const name = match[2]!.toLowerCase();
    if (match[1] || seen.has(name) || !/^(gallery|audio|video|playlist|embed|code|sourcecode|youtube|vimeo|tweet|contact-form|googlemaps|wpvideo|soundcloud|instagram|[a-z]+_[a-z_]+)$/.test(name)) continue;
    seen.add(name);
    review.push(`shortcode not converted, shown as text: [${name}${match[3] ? " …" : ""}]`);
  }
  return text;
}

function convertItem(item: WxrItem, wxr: { link: string; authors: Map<string, string> }, attachments: Map<string, WxrItem>, origin: string, options: WxrOptions): ItemResult {
  const f = item.fields;
  const status = (f["wp:status"] ?? "").trim();
  if (status === "trash" || status === "auto-draft" || status === "inherit") return { kind: "skipped", origin, why: `its status is "${status}"` };
  const date = wordpressDate(f["wp:post_date"], f["wp:post_date_gmt"]);
  if (!date) return { kind: "refused", origin, why: "has no publication date (wp:post_date)" };
  const review: string[] = [];
  const notes: string[] = [];
  // WordPress keeps `<!--more-->` as a comment, which turndown would drop: carry it through.
  // Read back from a wrong encoding first, so every later step sees the words as written.
  const garbled = new Map<string, string>();
  const read = (text: string | undefined) => repairMojibake(text ?? "", garbled).text;
  const raw = shortcodes(read(f["content:encoded"]), review, item, attachments).replace(/<!--\s*more\b[^>]*-->/gi, "\n\nMOREBREAK0MARKER\n\n");
  if (/<!--\s*nextpage\s*-->/i.test(raw)) notes.push("its <!--nextpage--> page breaks were joined into one article");
  const converted = htmlToMarkdown(autop(raw));
  review.push(...leftOutNotes(converted.leftOut), ...converted.notes);
  let body = converted.markdown.replace(/^MOREBREAK0MARKER$/m, "<!--more-->").replace(/^MOREBREAK0MARKER$/gm, "");
  const placed = placeImages(body, (src) => uploadFile(src, options.uploads));
  body = placed.body;
  for (const src of placed.missing) review.push(`image not found${options.uploads ? ` in ${options.uploads}` : " (no --uploads folder given)"}, left as a link: ${src}`);
  for (const src of placed.undescribed) review.push(`image had no alt text; its file name was used: ${src}`);
  // Links to an upload that came along point to the copy.
  for (const asset of placed.assets) body = body.replace(/\]\((https?:\/\/[^)\s]*\/wp-content\/uploads\/[^)\s]+)\)/g, (whole, url: string) => (uploadFile(url, options.uploads) === asset.from ? `](${asset.name})` : whole));
  const assets = [...placed.assets];

  // WordPress keeps a title as HTML ("Title <em>With</em> Markup", "Q&amp;A"): its reader saw the words.
  let title = htmlText(read(f.title)).replace(/\s+/g, " ").trim();
  if (!title) {
    const lede = paragraphTexts(body)[0];
    title = lede ? drawHeadline(lede).headline : `Untitled post of ${isoDay(date)}`;
    review.push("it had no title; one was drawn from its text");
  }
  const slug = slugForHeadline((f["wp:post_name"] ?? "").replace(/[-_]+/g, " ")) ?? slugForHeadline(title) ?? neutralSlug(isoDay(date));
  const terms = item.terms.filter((t) => t.domain === "category" || t.domain === "post_tag").map((t) => htmlText(read(t.name)).trim()).filter((name) => name && name.toLowerCase() !== "uncategorized");
  const creator = (f["dc:creator"] ?? "").trim();
  const excerpt = f["excerpt:encoded"]?.trim() ? paragraphTexts(htmlToMarkdown(autop(read(f["excerpt:encoded"]))).markdown).join(" ").trim() : "";
  if (garbled.size) {
    // A garbled run may hold a control character, which a front matter value may not: written as its code.
    const visible = (run: string) => run.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`);
    const shown = [...garbled].slice(0, 3).map(([run, as]) => `“${visible(run)}” as “${as}”`);
    review.push(`its text had characters garbled by a wrong encoding, read back as UTF-8: ${shown.join(", ")}${garbled.size > 3 ? ", …" : ""}`);
  }
  const aliases: string[] = [];
  const own = pathOf(f.link, wxr.link);
  if (options.oldUrl) {
    const expanded = expandPermalink(options.oldUrl, { date, fileSlug: (f["wp:post_name"] ?? "").trim() || slug, title, categories: [], section: "" });
    if (expanded) aliases.push(expanded);
  } else if (own && own !== "/") aliases.push(own);
  const oldPage = aliases[0];
  const site = originOf(f.link) ?? originOf(wxr.link);

  const article: ImportedArticle = { origin, title, date, tags: mergeTags([], terms), aliases, body, slug, assets, review, notes };
  if (site) {
    article.oldSite = site;
    if (oldPage) article.oldPage = oldPage;
    // WordPress answers ?p=ID for every post, and links written before permalinks were set use it.
    const id = (f["wp:post_id"] ?? "").trim();
    const others = [f.guid?.trim() ?? "", /^\d+$/.test(id) ? `${site}/?p=${id}` : ""].filter((url) => /^https?:\/\//i.test(url) && url !== f.link?.trim());
    if (others.length) article.otherOldAddresses = [...new Set(others)];
  }
  if (excerpt) article.summary = excerpt;
  if (creator) article.byline = [wxr.authors.get(creator) ?? creator];
  if (DRAFT_STATUSES.has(status) && status !== "future") article.draft = true;
  if (status === "private") notes.push("it was private on the old site; it comes in as a draft");
  const lang = languageToWrite(`${title}\n\n${body}`, options.siteLanguage, options.lang);
  if (lang) article.lang = lang;

  const thumbnail = item.meta._thumbnail_id?.trim();
  if (thumbnail) {
    const attachment = attachments.get(thumbnail);
    const url = attachment?.fields["wp:attachment_url"]?.trim() ?? attachment?.fields.guid?.trim();
    const file = url ? uploadFile(url, options.uploads) : undefined;
    if (!attachment || !url) review.push(`its lead image (attachment ${thumbnail}) is not in the export`);
    else if (!file) review.push(`its lead image was not found${options.uploads ? ` in ${options.uploads}` : " (no --uploads folder given)"}: ${url}`);
    else {
      const name = leadAsset(assets, file);
      let alt = (attachment.meta._wp_attachment_image_alt ?? "").trim();
      if (!alt) {
        alt = (attachment.fields.title ?? "").trim() || title;
        review.push("its lead image had no alt text; the image's title was used");
      }
      article.image = { src: name, alt };
    }
  }
  return { kind: "article", article };
}

export async function importWxr(file: string, bytes: Uint8Array, options: WxrOptions, report: Report): Promise<{ ok: true; results: ItemResult[] } | { ok: false; error: string }> {
  const decoded = decodeDispatch(bytes);
  if (!decoded.ok) return decoded;
  const parsed = parseWxr(decoded.text);
  if (!parsed.ok) return parsed;
  const { wxr } = parsed;
  const attachments = new Map<string, WxrItem>();
  for (const item of wxr.items) if ((item.fields["wp:post_type"] ?? "").trim() === "attachment") attachments.set((item.fields["wp:post_id"] ?? "").trim(), item);
  const results: ItemResult[] = [];
  for (const item of wxr.items) {
    const type = (item.fields["wp:post_type"] ?? "").trim();
    const origin = `${file}: item ${item.index} “${(item.fields.title ?? "").trim() || "(untitled)"}”`;
    if (item.comments) count(report, "comments (not imported)", item.comments);
    if (type === "post") results.push(convertItem(item, wxr, attachments, origin, options));
    else if (type === "page") results.push({ kind: "skipped", origin, why: "a page, not an article (pages are not imported)" });
    else if (type === "attachment") count(report, "attachments (brought along only as the images posts use)");
    else count(report, `WordPress items of type "${type || "unknown"}"`);
  }
  return { ok: true, results };
}
