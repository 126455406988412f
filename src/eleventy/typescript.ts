import type { EleventyConfig } from "./pages.ts";

/**
 * Pages are `.11ty.ts` modules, compiled by tsx on import.
 *
 * The modules in `src/_data/` are imported by templates directly, with their types, and are
 * deliberately not registered as Eleventy global data: a global named `tags` (from tags.ts)
 * would become every page's Eleventy tags and build collections out of the vocabulary.
 */
export default function typescript(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addExtension(["11ty.ts"], { key: "11ty.js" });
  eleventyConfig.addTemplateFormats("11ty.ts");
}
