import { invalidateArchive } from "../model/store.ts";
import { settings } from "../settings.ts";
import type { EleventyConfig } from "./pages.ts";

/**
 * Articles live outside Eleventy's input (they are data, never templates), so watch them
 * and reload them for every rebuild. The model is forgotten before a rebuild, not after a
 * build: Eleventy skips `eleventy.after` when a build fails, and a model that failed to
 * load (a broken article) would otherwise be handed to every later rebuild.
 */
export default function archiveModel(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addWatchTarget(settings.articlesDir);
  eleventyConfig.on("eleventy.beforeWatch", () => invalidateArchive());
}
