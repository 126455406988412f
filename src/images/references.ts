/**
 * Which image files an article uses, and where they are. A lead image's `src` and a body
 * image's `![alt](src)` name a file relative to the article (`photo.jpg`, `../shared/map.png`)
 * or, starting with `/`, from the articles folder (`/images/map.png`). Anything else is
 * refused with a message: a remote image (`https://…`) would make every reader's browser
 * ask a third party (the CSP allows images from the site only) and the build must never
 * need the network; a path leaving the articles folder would publish files that are not
 * the archive's.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import MarkdownIt from "markdown-it";
import type { Problem } from "../model/problems.ts";

/** The lead image exactly as the front matter writes it. */
export interface WrittenImage {
  src: string;
  alt: string;
  caption?: string;
  credit?: string;
}

export interface ImageReference {
  /** The article that uses it, as in problems: articles/2026/2026-02-26-slug.md */
  article: string;
  /** A link to a picture file ("full size") is published too when the file is there, and never stops the build. */
  role: "lead" | "body" | "link";
  /** As written (a body image's URL decoded): what a lookup from a template uses. */
  src: string;
  /** Absolute path of the file. */
  file: string;
}

/** Only for finding images: the renderer of record is src/model/markdown.ts (same options). */
const parser = new MarkdownIt({ html: false, linkify: false, typographer: false });

interface BodyImage {
  src: string;
  alt: string;
  /** A link's target, not an image shown. */
  linked?: boolean;
}

/** What a link to a picture file looks like. */
export const PICTURE_FILE = /\.(?:jpe?g|png|gif|webp|avif|svg|tiff?)$/i;
const PICTURE_FILE_ANYWHERE = /\.(?:jpe?g|png|gif|webp|avif|svg|tiff?)\b/i;

type InlineToken = ReturnType<typeof parser.parseInline>[number];

function collect(tokens: readonly InlineToken[], into: BodyImage[]): void {
  for (const token of tokens) {
    if (token.type === "image") into.push({ src: String(token.attrGet("src") ?? ""), alt: token.content.trim() });
    if (token.type === "link_open") {
      const href = String(token.attrGet("href") ?? "");
      if (PICTURE_FILE.test(href) && !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(href)) into.push({ src: href, alt: "", linked: true });
    }
    if (token.children) collect(token.children, into);
  }
}

/** Every `![alt](src)` of a body, and every link to a picture file, in order. Cheap to skip: most bodies have neither. */
export function bodyImages(body: string): BodyImage[] {
  if (!body.includes("![") && !PICTURE_FILE_ANYWHERE.test(body)) return [];
  const found: BodyImage[] = [];
  collect(parser.parse(body, {}), found);
  return found;
}

/** markdown-it percent-encodes a URL it normalises (`my photo.jpg` in <…>): back to the name on disk. */
export function decodeBodySrc(src: string): string {
  try {
    return decodeURIComponent(src);
  } catch {
    return src;
  }
}

export type Resolved = { ok: true; file: string } | { ok: false; message: string };

/** Where `src`, written in `articleFile`, points on disk, or why it may not be used. */
export function resolveImageFile(src: string, articleFile: string, articlesDir: string): Resolved {
  const written = src.trim();
  if (!written) return { ok: false, message: "has no file name" };
  if (/^[a-z][a-z0-9+.-]*:/i.test(written) || written.startsWith("//")) {
    return {
      ok: false,
      message: `"${written}" is not a file of the archive: save the image beside the article and write its file name (the site loads nothing from other sites)`,
    };
  }
  if (/[?#]/.test(written)) return { ok: false, message: `"${written}": an image file name cannot have a query (?) or fragment (#)` };
  const file = written.startsWith("/") ? path.join(articlesDir, written) : path.resolve(path.dirname(articleFile), written);
  const relative = path.relative(articlesDir, file);
  if (relative.startsWith("..") || path.isAbsolute(relative)) {
    return { ok: false, message: `"${written}" is outside the articles folder; keep images beside the articles` };
  }
  return { ok: true, file };
}

export interface ImageSources {
  sourcePath: string;
  image?: WrittenImage;
  body: string;
}

/**
 * The images of one article: each found file once per role, and a problem for each image
 * without alt text or with a path that may not be used.
 */
export function imageReferences(article: ImageSources, root: string, articlesDir: string): { references: ImageReference[]; problems: Problem[] } {
  const references: ImageReference[] = [];
  const problems: Problem[] = [];
  const articleFile = path.resolve(root, article.sourcePath);
  if (article.image) {
    const resolved = resolveImageFile(article.image.src, articleFile, articlesDir);
    if (resolved.ok) references.push({ article: article.sourcePath, role: "lead", src: article.image.src, file: resolved.file });
    else problems.push({ file: article.sourcePath, field: "image", message: `src ${resolved.message}` });
  }
  for (const image of bodyImages(article.body)) {
    const src = decodeBodySrc(image.src);
    if (image.linked) {
      const resolved = resolveImageFile(src, articleFile, articlesDir);
      if (resolved.ok && existsSync(resolved.file)) references.push({ article: article.sourcePath, role: "link", src, file: resolved.file });
      continue;
    }
    if (!image.alt) {
      problems.push({
        file: article.sourcePath,
        field: "body",
        message: `image "${src}" has no alt text: write what it shows between the brackets, ![a crowd outside the hall](${image.src})`,
      });
    }
    const resolved = resolveImageFile(src, articleFile, articlesDir);
    if (resolved.ok) references.push({ article: article.sourcePath, role: "body", src, file: resolved.file });
    else problems.push({ file: article.sourcePath, field: "body", message: `image ${resolved.message}` });
  }
  return { references, problems };
}
