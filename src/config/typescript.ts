import path from "node:path";
import { pathToFileURL } from "node:url";
import type { EleventyConfig } from "../lib/eleventy.ts";

/** Pages are `.11ty.ts` modules and data files are `.ts`; tsx compiles both on import. */
export default function typescript(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addExtension(["11ty.ts"], { key: "11ty.js" });
  eleventyConfig.addTemplateFormats("11ty.ts");
  eleventyConfig.addDataExtension("ts", {
    read: false,
    parser: async (_contents: string, filePath: string) => (await import(pathToFileURL(path.resolve(filePath)).href)).default,
  });
}
