import { getArchive } from "../lib/archive-store.ts";
import { buildPass, type EleventyConfig } from "../lib/eleventy.ts";
import { writeOpenData } from "../outputs/open-data-writer.ts";

/**
 * Writes /data/ beside the pages: started in `eleventy.before` from the archive model, so it
 * streams while Eleventy renders, and awaited in `eleventy.after`, so a failure fails the
 * build. A build split into passes writes it in the first pass only.
 */
export default function openData(eleventyConfig: EleventyConfig): void {
  let job: Promise<unknown> | undefined;
  eleventyConfig.on("eleventy.before", ({ directories }) => {
    if (buildPass().index !== 0) return;
    job = getArchive().then((archive) => writeOpenData(archive, directories.output));
    job.catch(() => {});
  });
  eleventyConfig.on("eleventy.after", async () => {
    const running = job;
    job = undefined;
    await running;
  });
}
