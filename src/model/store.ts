import path from "node:path";
import { loadArchive, type Archive } from "./archive.ts";

/**
 * The archive is loaded and modelled once per build, and every page template reads the
 * same model: related articles, neighbours, counts and listings are never recomputed per page.
 */
let current: Promise<Archive> | undefined;

/** Where articles are read from: `articles/`, or ARTICLES_DIR (fixture archives in tests, the bench). */
export function articlesDirectory(): string {
  return path.resolve(process.env.ARTICLES_DIR ?? "articles");
}

export function getArchive(): Promise<Archive> {
  current ??= loadArchive(articlesDirectory(), process.cwd());
  return current;
}

/** Forget the model, so the next build (a rebuild in `npm start`) reads the articles again. */
export function invalidateArchive(): void {
  current = undefined;
}

/** Lets a caller that already loaded the archive (the build command validates first) hand it over. */
export function provideArchive(archive: Archive): void {
  current = Promise.resolve(archive);
}
