import { site } from "./src/_data/site.ts";
import archiveModel from "./src/config/archive-model.ts";
import assets from "./src/config/assets.ts";
import githubPages from "./src/config/github-pages.ts";
import incremental from "./src/config/incremental.ts";
import searchIndex from "./src/config/search-index.ts";
import typescript from "./src/config/typescript.ts";
import images from "./src/images/publish.ts";
import { buildPass, type EleventyConfig } from "./src/lib/eleventy.ts";

export default function (eleventyConfig: EleventyConfig) {
  eleventyConfig.addPlugin(typescript);
  eleventyConfig.addPlugin(archiveModel);
  eleventyConfig.addPlugin(assets);
  eleventyConfig.addPlugin(githubPages);
  eleventyConfig.addPlugin(incremental);
  eleventyConfig.addPlugin(images);
  // A build written in several passes indexes once, beside them (src/cli/build.ts).
  if (!buildPass().indexedOutside) eleventyConfig.addPlugin(searchIndex);

  return {
    dir: { input: "src", includes: "../_includes", data: "_data" },
    pathPrefix: site.pathPrefix,
  };
}
