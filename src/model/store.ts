import { loadArchive, type Archive } from "./archive.ts";
import { settings } from "../settings.ts";
import type { LoadOptions } from "./publication.ts";

/**
 * Cache: the archive is loaded and modelled once per build, and every page template reads
 * the same model, so related articles, neighbours, counts and listings are never
 * recomputed per page. A rebuild in `npm start` forgets it.
 */
let current: Promise<Archive> | undefined;
let loadOptions: LoadOptions = {};

export function getArchive(): Promise<Archive> {
  current ??= loadArchive(settings.articlesDir, process.cwd(), loadOptions);
  return current;
}

/** Forget the model, so the next build (a rebuild in `npm start`) reads the articles again. */
export function invalidateArchive(): void {
  current = undefined;
}

/** The options later builds load with, for a caller that has no archive to hand over (`npm start` on a bad article). */
export function setLoadOptions(options: LoadOptions): void {
  loadOptions = options;
}

/**
 * Lets a caller that already loaded the archive (the build command validates first) hand it
 * over, with the options it loaded it with: the dev server's rebuilds reload with the same
 * options (`preview`), each at its own "now" unless the caller fixed one.
 */
export function provideArchive(archive: Archive, options: LoadOptions = {}): void {
  current = Promise.resolve(archive);
  loadOptions = options;
}
