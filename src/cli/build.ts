/**
 * `npm run build`: validates every article, then writes the site into a fresh folder
 * beside `_site/` and swaps it in only when everything (pages, feeds, search index)
 * succeeded. A failed build leaves the last good site as it was.
 */
import { rm, rename, stat } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadArchive } from "../lib/archive.ts";
import { articlesDirectory, provideArchive } from "../lib/archive-store.ts";
import { createEleventy } from "../lib/eleventy-runner.ts";
import { ContentError } from "../lib/problems.ts";

async function exists(target: string): Promise<boolean> {
  return stat(target).then(
    () => true,
    () => false,
  );
}

export async function build(output: string): Promise<void> {
  const archive = await loadArchive(articlesDirectory(), process.cwd());
  provideArchive(archive);

  const staging = `${output}.staging-${process.pid}`;
  const retired = `${output}.retired-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  try {
    const eleventy = await createEleventy(staging);
    await eleventy.write();
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  // Two renames: the old site is whole until the new one is complete and in place.
  const hadSite = await exists(output);
  if (hadSite) await rename(output, retired);
  await rename(staging, output);
  if (hadSite) await rm(retired, { recursive: true, force: true });
  console.log(`Built ${archive.articles.length} articles, ${archive.listings.length} list pages and ${archive.tags.length} tag pages into ${output}/`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { output: { type: "string", default: "_site" } } });
  const output = path.resolve(values.output ?? "_site");
  try {
    await build(output);
  } catch (error) {
    if (error instanceof ContentError) {
      console.error(`Build stopped: ${error.message}`);
    } else {
      console.error(`Build failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
    console.error(`The previous site in ${path.relative(process.cwd(), output) || output}/ was left as it was.`);
    process.exitCode = 1;
  }
}

await main();
