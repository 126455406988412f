import { site } from "./src/_data/site.ts";
import archiveModel from "./src/eleventy/archive-model.ts";
import assets from "./src/eleventy/assets.ts";
import githubPages from "./src/eleventy/github-pages.ts";
import incremental from "./src/eleventy/incremental.ts";
import openData from "./src/eleventy/open-data.ts";
import searchIndex from "./src/search/indexer.ts";
import typescript from "./src/eleventy/typescript.ts";
import type { EleventyConfig } from "./src/eleventy/pages.ts";
import images from "./src/images/publish.ts";

export default function (eleventyConfig: EleventyConfig) {
  eleventyConfig.addPlugin(typescript);
  eleventyConfig.addPlugin(archiveModel);
  eleventyConfig.addPlugin(assets);
  eleventyConfig.addPlugin(githubPages);
  eleventyConfig.addPlugin(incremental);
  eleventyConfig.addPlugin(openData);
  eleventyConfig.addPlugin(images);
  eleventyConfig.addPlugin(searchIndex);

  return {
    dir: { input: "src", includes: "../_includes", data: "_data" },
    pathPrefix: site.pathPrefix,
  };
}
