import type { EleventyConfig } from "../lib/eleventy.ts";

/** Stylesheet, icon and the search script are copied as they are. */
export default function assets(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addPassthroughCopy({ "src/assets": "assets" });
}
