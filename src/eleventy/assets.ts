import { build, transform, type BuildOptions } from "esbuild";
import { outputPath, paths } from "../render/urls.ts";
import type { EleventyConfig } from "./pages.ts";

const CLIENT = "src/search/client";

/**
 * The browser scripts are TypeScript (src/search/client/, checked by `tsc` with the rest),
 * bundled and minified by esbuild into the output folder before each run writes pages;
 * they import the search's shared constants (src/search/schema.ts) rather than repeating
 * them. The search page's script is a module (it imports Pagefind's); the two scripts
 * every page loads are classic deferred scripts. Stylesheets are published minified: the
 * source keeps its comments and layout for people, readers download only the rules.
 */
const SCRIPTS: { entry: string; url: string; format: BuildOptions["format"] }[] = [
  { entry: `${CLIENT}/page.ts`, url: paths.searchScript, format: "esm" },
  { entry: `${CLIENT}/highlight.ts`, url: paths.highlightScript, format: "iife" },
  { entry: `${CLIENT}/keys.ts`, url: paths.keysScript, format: "iife" },
];

export async function buildScripts(outputDir: string): Promise<void> {
  await Promise.all(
    SCRIPTS.map(({ entry, url, format }) =>
      build({
        entryPoints: [entry],
        outfile: outputPath(outputDir, url),
        bundle: true,
        minify: true,
        format,
        target: "es2022",
        legalComments: "none",
        logLevel: "error",
      }),
    ),
  );
}

export default function assets(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addPassthroughCopy({ "src/assets/*.svg": "assets" });
  eleventyConfig.addWatchTarget(`${CLIENT}/`);
  eleventyConfig.on("eleventy.before", ({ directories }) => buildScripts(directories.output));
  eleventyConfig.addTemplateFormats("css");
  eleventyConfig.addExtension("css", {
    outputFileExtension: "css",
    compile: (source: string) => async () => (await transform(source, { loader: "css", minify: true })).code,
  });
}
