/**
 * Puts the processed images into an output folder under /img/: hard links to the cache's
 * files (no bytes copied), or copies where the two folders are on different disks. A build
 * written in several Eleventy passes, and each rebuild of the dev server, publishes a file
 * into the same folder once.
 */
import { copyFile, link, mkdir, stat } from "node:fs/promises";
import path from "node:path";
import { forEachConcurrently } from "../util/concurrency.ts";
import type { EleventyConfig } from "../eleventy/pages.ts";
import { filesFolder } from "./process.ts";
import { outputPath } from "../render/urls.ts";
import { currentImages, type ImageWork } from "./registry.ts";

/** Root-relative folder of the published images. */
export const IMAGE_FOLDER = "/img/";

const published = new Map<string, Set<string>>();

async function place(source: string, target: string): Promise<void> {
  try {
    await link(source, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return;
    if (code === "EXDEV" || code === "EPERM" || code === "ENOTSUP") await copyFile(source, target);
    else throw error;
  }
}

export interface Publication {
  files: number;
  bytes: number;
  work: ImageWork;
}

export async function publishImages(outputDir: string): Promise<Publication | undefined> {
  const images = currentImages();
  if (!images) return undefined;
  const folder = outputPath(outputDir, IMAGE_FOLDER);
  let done = published.get(folder);
  // A folder made afresh (the build's staging folder) has none of them, whatever was remembered.
  if (!done || !(await stat(folder).catch(() => undefined))) published.set(folder, (done = new Set()));
  const files = [...new Set(images.images.flatMap((image) => [...image.variants, image.share]).map((v) => v.filename))];
  const todo = files.filter((file) => !done.has(file));
  if (todo.length) await mkdir(folder, { recursive: true });
  await forEachConcurrently(todo, 16, async (file) => {
    await place(path.join(filesFolder(images.cacheDir), file), path.join(folder, file));
    done.add(file);
  });
  const bytes = images.images.flatMap((image) => [...image.variants, image.share]).reduce((sum, v) => sum + v.bytes, 0);
  return { files: files.length, bytes, work: images.work };
}

export function describeImages(publication: Publication): string {
  const { work } = publication;
  return (
    `Images: ${work.processed} processed, ${work.fromCache} from cache in ${work.seconds.toFixed(1)} s; ` +
    `${publication.files} files, ${(publication.bytes / 1024).toFixed(0)} kB under ${IMAGE_FOLDER}`
  );
}

/** Module state: each pass of a build makes a new Eleventy (and calls this plugin again). */
let reported: ImageWork | undefined;

/** Publishes after each Eleventy run, into the folder that run wrote. */
export default function images(eleventyConfig: EleventyConfig): void {
  eleventyConfig.on("eleventy.after", async ({ directories }) => {
    const publication = await publishImages(directories.output);
    // Once per model: the passes of one build share one, the dev server makes one per rebuild.
    if (publication && publication.files > 0 && publication.work !== reported) {
      reported = publication.work;
      console.log(describeImages(publication));
    }
  });
}
