import { rm, rmdir } from "node:fs/promises";
import path from "node:path";
import { settings } from "../settings.ts";
import { beginIncrementalRun, finishIncrementalRun, forgetWrittenPages, type EleventyConfig } from "./pages.ts";

/**
 * `npm start` re-renders only pages whose fingerprint changed (src/eleventy/pages.ts), which
 * covers edits to articles. Any other change (a layout, a page, the stylesheet, a setting)
 * can change every page, so the next rebuild renders them all. After each good rebuild the
 * files of pages no template writes any more (a deleted or renamed article) are removed,
 * so they stop being served.
 */
export default function incremental(eleventyConfig: EleventyConfig): void {
  eleventyConfig.on("eleventy.beforeWatch", (changedFiles) => {
    const articles = settings.articlesDir + path.sep;
    if (changedFiles.some((file) => !path.resolve(file).startsWith(articles))) forgetWrittenPages();
  });
  eleventyConfig.on("eleventy.before", ({ runMode }) => {
    if (runMode !== "build") beginIncrementalRun();
  });
  eleventyConfig.on("eleventy.after", async ({ runMode, directories }) => {
    if (runMode === "build") return;
    for (const url of finishIncrementalRun()) await removePage(path.resolve(directories.output), url);
  });
}

/** Deletes the file a URL was written to ("/a/b/" → a/b/index.html), then its folders left empty. */
async function removePage(output: string, url: string): Promise<void> {
  const file = path.join(output, url.endsWith("/") ? `${url}index.html` : url);
  if (!file.startsWith(output + path.sep)) return;
  await rm(file, { force: true });
  for (let folder = path.dirname(file); folder.startsWith(output + path.sep); folder = path.dirname(folder)) {
    try {
      await rmdir(folder);
    } catch {
      return;
    }
  }
}
