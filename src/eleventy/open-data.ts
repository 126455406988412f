import { getArchive } from "../model/store.ts";
import { writeOpenData } from "../outputs/open-data-writer.ts";
import type { EleventyConfig } from "./pages.ts";

/**
 * `npm start`: writes /data/ after each rebuild, beside the pages (`npm run build` writes it
 * itself, beside its Eleventy runs: src/cli/build.ts). A failure is reported, never fatal.
 */
export default function openData(eleventyConfig: EleventyConfig): void {
  eleventyConfig.on("eleventy.after", async ({ directories, runMode }) => {
    if (runMode === "build") return;
    await getArchive()
      .then((archive) => writeOpenData(archive, directories.output))
      .catch((error: unknown) => console.error(`Open data: ${error instanceof Error ? error.message : String(error)}`));
  });
}
