/**
 * The images of the current build: every file the articles use, processed (or found in the
 * cache) once, before any page is written, so a missing, unreadable or undescribed image
 * stops the build like any other content problem. Templates then look images up here
 * synchronously (markdown-it's renderer cannot wait).
 */
import path from "node:path";
import { forEachConcurrently } from "../util/concurrency.ts";
import type { Problem } from "../model/problems.ts";
import { imageCacheDirectory, processImage, type ProcessedImage } from "./process.ts";
import { imageReferences, resolveImageFile, type ImageReference, type ImageSources, type WrittenImage } from "./references.ts";

export interface ImageWork {
  processed: number;
  fromCache: number;
  seconds: number;
}

interface Current {
  root: string;
  articlesDir: string;
  cacheDir: string;
  byFile: Map<string, ProcessedImage>;
  /** Article → the files it uses, for `imageFingerprint`. */
  filesOf: Map<string, string[]>;
  work: ImageWork;
}

let current: Current | undefined;

/** Conversions at once: sharp already uses every core within one image. */
const IN_FLIGHT = 2;

function describeFile(file: string, root: string): string {
  return path.relative(root, file).split(path.sep).join("/");
}

/**
 * Finds, checks and processes every image of these articles; returns a problem (naming the
 * article and the image) for each one that cannot be published.
 */
export async function prepareImages(articles: readonly ImageSources[], root: string, articlesDir: string): Promise<Problem[]> {
  const started = performance.now();
  const problems: Problem[] = [];
  const users = new Map<string, ImageReference[]>();
  const filesOf = new Map<string, string[]>();
  for (const article of articles) {
    const found = imageReferences(article, root, articlesDir);
    problems.push(...found.problems);
    if (found.references.length) filesOf.set(article.sourcePath, found.references.map((r) => r.file));
    for (const reference of found.references) {
      const list = users.get(reference.file);
      if (list) list.push(reference);
      else users.set(reference.file, [reference]);
    }
  }
  const cacheDir = imageCacheDirectory();
  const byFile = new Map<string, ProcessedImage>();
  const work: ImageWork = { processed: 0, fromCache: 0, seconds: 0 };
  await forEachConcurrently([...users.keys()].sort(), IN_FLIGHT, async (file) => {
    const result = await processImage(file, cacheDir);
    if (result.ok) {
      byFile.set(file, result.image);
      if (result.fromCache) work.fromCache++;
      else work.processed++;
      return;
    }
    for (const reference of users.get(file)!) {
      // A link to a file that is not a picture the site can publish stays a link, as written.
      if (reference.role === "link") continue;
      problems.push({
        file: reference.article,
        field: reference.role === "lead" ? "image" : "body",
        message: `${reference.role === "lead" ? "src" : "image"} "${reference.src}" (${describeFile(file, root)}) ${result.message}`,
      });
    }
  });
  work.seconds = (performance.now() - started) / 1000;
  current = { root, articlesDir, cacheDir, byFile, filesOf, work };
  return problems;
}

function lookup(src: string, sourcePath: string): ProcessedImage | undefined {
  if (!current) return undefined;
  const resolved = resolveImageFile(src, path.resolve(current.root, sourcePath), current.articlesDir);
  return resolved.ok ? current.byFile.get(resolved.file) : undefined;
}

export interface LeadImage extends WrittenImage {
  processed: ProcessedImage;
}

/** The article's lead image, processed; undefined when it has none. */
export function leadImageOf(article: { sourcePath: string; image?: WrittenImage }): LeadImage | undefined {
  if (!article.image) return undefined;
  const processed = lookup(article.image.src, article.sourcePath);
  return processed ? { ...article.image, processed } : undefined;
}

/** A body image by its `src` as markdown-it gives it (percent-encoded). */
export function bodyImageOf(sourcePath: string, src: string): ProcessedImage | undefined {
  let decoded = src;
  try {
    decoded = decodeURIComponent(src);
  } catch {
    // kept as written
  }
  return lookup(decoded, sourcePath);
}

/**
 * The processed versions of an article's images, for the dev server's page fingerprints:
 * an image file edited in place changes its article's page even though the text did not.
 */
export function imageFingerprint(sourcePath: string): string {
  const files = current?.filesOf.get(sourcePath);
  return files ? files.map((file) => current!.byFile.get(file)?.key ?? "").join(",") : "";
}

export function currentImages(): { cacheDir: string; images: ProcessedImage[]; work: ImageWork } | undefined {
  return current && { cacheDir: current.cacheDir, images: [...current.byFile.values()], work: current.work };
}
