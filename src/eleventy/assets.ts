import { transform } from "esbuild";
import type { EleventyConfig } from "./pages.ts";

/**
 * Scripts and the icon are copied as they are. Stylesheets are published minified: the
 * source keeps its comments and layout for people, readers download only the rules (an
 * article page and its CSS stay within the 30 kB page budget).
 */
export default function assets(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addPassthroughCopy({ "src/assets/*.{js,svg}": "assets" });
  eleventyConfig.addTemplateFormats("css");
  eleventyConfig.addExtension("css", {
    outputFileExtension: "css",
    compile: (source: string) => async () => (await transform(source, { loader: "css", minify: true })).code,
  });
}
