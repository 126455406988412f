import { site } from "./src/_data/site.ts";
import archiveModel from "./src/config/archive-model.ts";
import assets from "./src/config/assets.ts";
import typescript from "./src/config/typescript.ts";
import type { EleventyConfig } from "./src/lib/eleventy.ts";

export default function (eleventyConfig: EleventyConfig) {
  eleventyConfig.addPlugin(typescript);
  eleventyConfig.addPlugin(archiveModel);
  eleventyConfig.addPlugin(assets);

  return {
    dir: { input: "src", includes: "../_includes", data: "_data" },
    pathPrefix: site.pathPrefix,
  };
}
