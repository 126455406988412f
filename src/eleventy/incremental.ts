import path from "node:path";
import { settings } from "../settings.ts";
import { forgetWrittenPages, type EleventyConfig } from "./pages.ts";

/**
 * `npm start` re-renders only pages whose fingerprint changed (src/eleventy/pages.ts), which
 * covers edits to articles. Any other change (a layout, a page, the stylesheet, a setting)
 * can change every page, so the next rebuild renders them all.
 */
export default function incremental(eleventyConfig: EleventyConfig): void {
  eleventyConfig.on("eleventy.beforeWatch", (changedFiles) => {
    const articles = settings.articlesDir + path.sep;
    if (changedFiles.some((file) => !path.resolve(file).startsWith(articles))) forgetWrittenPages();
  });
}
