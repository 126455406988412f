/**
 * How a processed image appears: a <picture> with AVIF and WebP sources and the fallback
 * <img> (its `width` and `height` reserve the space, so nothing shifts as it loads); the
 * lead image in a <figure> with its caption and credit, loaded at once; body images
 * loaded lazily; a plain <img> in feeds (feed readers drop <picture> sources); and the
 * absolute URL that link previews and JSON-LD name.
 */
import { html, type SafeHtml } from "../render/html.ts";
import type { RenderEnv } from "../model/markdown.ts";
import { absoluteUrl, href } from "../render/urls.ts";
import type { ImageFormat, ImageVariant, ProcessedImage } from "./process.ts";
import { IMAGE_FOLDER } from "./publish.ts";
import { bodyImageOf, leadImageOf, type LeadImage } from "./registry.ts";
import { PICTURE_FILE, type WrittenImage } from "./references.ts";

/** The article column is 38rem (style.css `--measure`), the lead image spans the article's 46rem. */
const BODY_COLUMN_REM = 38;
const LEAD_COLUMN_REM = 46;

/**
 * How wide the image is shown: the column, less the page's padding on small screens, and
 * never wider than the image itself (its `width` attribute caps it too).
 */
export function sizesFor(image: Pick<ProcessedImage, "width">, columnRem: number): string {
  const column = columnRem * 16;
  if (image.width < column) return `(min-width: ${Math.ceil(image.width / 16) + 4}rem) ${image.width}px, calc(100vw - 2rem)`;
  return `(min-width: ${columnRem + 4}rem) ${columnRem}rem, calc(100vw - 2rem)`;
}

const MIME: Record<ImageFormat, string> = { avif: "image/avif", webp: "image/webp", jpeg: "image/jpeg", png: "image/png" };

export function imagePath(variant: ImageVariant): string {
  return `${IMAGE_FOLDER}${variant.filename}`;
}

function srcset(variants: readonly ImageVariant[]): string {
  return variants.map((v) => `${href(imagePath(v))} ${v.width}w`).join(", ");
}

function ofFormat(image: ProcessedImage, format: ImageFormat): ImageVariant[] {
  return image.variants.filter((v) => v.format === format).sort((a, b) => a.width - b.width);
}

/** The fallback a browser without srcset loads: the largest at most 960 px wide. */
function defaultFallback(image: ProcessedImage): ImageVariant {
  const fallbacks = ofFormat(image, image.fallback);
  return fallbacks.filter((v) => v.width <= 960).at(-1) ?? fallbacks[0]!;
}

interface PictureOptions {
  alt: string;
  columnRem: number;
  lead: boolean;
  title?: string;
}

export function picture(image: ProcessedImage, options: PictureOptions): SafeHtml {
  const sizes = sizesFor(image, options.columnRem);
  const sources = (["avif", "webp"] as const)
    .map((format) => ofFormat(image, format))
    .filter((variants) => variants.length > 0)
    .map((variants) => html`<source type="${MIME[variants[0]!.format]}" srcset="${srcset(variants)}" sizes="${sizes}">`);
  const loading = options.lead ? html` fetchpriority="high"` : html` loading="lazy" decoding="async"`;
  const title = options.title ? html` title="${options.title}"` : html``;
  return html`<picture>${sources}<img src="${href(imagePath(defaultFallback(image)))}" srcset="${srcset(ofFormat(image, image.fallback))}" sizes="${sizes}" width="${String(image.width)}" height="${String(image.height)}" alt="${options.alt}"${title}${loading}></picture>`;
}

/** The lead image with its caption and credit, written as text (escaped, never Markdown). */
export function leadFigure(lead: LeadImage): SafeHtml {
  const caption = lead.caption || lead.credit
    ? html`<figcaption>${lead.caption ?? ""}${lead.caption && lead.credit ? " " : ""}${lead.credit ? html`<span class="credit">${lead.credit}</span>` : ""}</figcaption>`
    : "";
  return html`<figure class="lead-image">${picture(lead.processed, { alt: lead.alt, columnRem: LEAD_COLUMN_REM, lead: true })}${caption}</figure>`;
}

/** A link to a picture the article publishes ("full size") goes to its largest published copy. */
function pictureLink(sourcePath: string): (target: string) => string {
  return (target) => {
    const image = PICTURE_FILE.test(target) ? bodyImageOf(sourcePath, target) : undefined;
    if (!image) return target;
    // The largest copy in the fallback format: the link-preview copy when the picture is narrower than 1200 px.
    const copies = [...ofFormat(image, image.fallback), image.share].sort((a, b) => a.width - b.width);
    return href(imagePath(copies.at(-1)!));
  };
}

/** markdown-it's image hook for an article page: each body image as a lazy <picture>. */
export function pageImages(sourcePath: string): RenderEnv {
  return {
    image: (src, alt, title) => {
      const image = bodyImageOf(sourcePath, src);
      return image ? picture(image, { alt, columnRem: BODY_COLUMN_REM, lead: false, title }).value : undefined;
    },
    link: pictureLink(sourcePath),
  };
}

/** For feeds: one plain <img>, made absolute later with the rest of the entry's URLs. */
export function feedImages(sourcePath: string): RenderEnv {
  return {
    image: (src, alt) => {
      const image = bodyImageOf(sourcePath, src);
      if (!image) return undefined;
      const fallback = defaultFallback(image);
      return html`<img src="${href(imagePath(fallback))}" width="${String(fallback.width)}" height="${String(fallback.height)}" alt="${alt}">`.value;
    },
    link: pictureLink(sourcePath),
  };
}

/** What link previews, feeds and JSON-LD name: the ~1200 px copy, absolute. */
export interface SharedImage {
  url: string;
  type: string;
  width: number;
  height: number;
  bytes: number;
  alt: string;
  caption?: string;
  credit?: string;
}

export function sharedImage(article: { sourcePath: string; image?: WrittenImage }): SharedImage | undefined {
  const lead = leadImageOf(article);
  if (!lead) return undefined;
  const share = lead.processed.share;
  const shared: SharedImage = { url: absoluteUrl(imagePath(share)), type: MIME[share.format], width: share.width, height: share.height, bytes: share.bytes, alt: lead.alt };
  if (lead.caption) shared.caption = lead.caption;
  if (lead.credit) shared.credit = lead.credit;
  return shared;
}

/** schema.org ImageObject for the article's JSON-LD `image`. */
export function imageJsonLd(shared: SharedImage): Record<string, unknown> {
  const data: Record<string, unknown> = { "@type": "ImageObject", url: shared.url, width: shared.width, height: shared.height };
  if (shared.caption) data.caption = shared.caption;
  if (shared.credit) data.creditText = shared.credit;
  return data;
}
