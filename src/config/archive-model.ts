import { invalidateArchive, articlesDirectory } from "../lib/archive-store.ts";
import type { EleventyConfig } from "../lib/eleventy.ts";

/** Articles live outside Eleventy's input (they are data, never templates), so watch them and reload per build. */
export default function archiveModel(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addWatchTarget(articlesDirectory());
  eleventyConfig.on("eleventy.after", ({ runMode }) => {
    if (runMode !== "build") invalidateArchive();
  });
}
