import { writeFile } from "node:fs/promises";
import path from "node:path";
import type { EleventyConfig } from "./pages.ts";

/**
 * `.nojekyll` in the output tells GitHub Pages to publish the folder as it is; without
 * it, Pages runs Jekyll, which drops files and folders whose names start with `_` or `.`.
 * Written after the build, because Eleventy will not write a template to a name without
 * an extension.
 */
export default function githubPages(eleventyConfig: EleventyConfig): void {
  eleventyConfig.on("eleventy.after", async ({ directories }) => {
    await writeFile(path.join(directories.output, ".nojekyll"), "");
  });
}
