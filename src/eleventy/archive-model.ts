import { invalidateArchive } from "../model/store.ts";
import { settings } from "../settings.ts";
import type { EleventyConfig } from "./pages.ts";

/** Articles live outside Eleventy's input (they are data, never templates), so watch them and reload per build. */
export default function archiveModel(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addWatchTarget(settings.articlesDir);
  eleventyConfig.on("eleventy.after", ({ runMode }) => {
    if (runMode !== "build") invalidateArchive();
  });
}
