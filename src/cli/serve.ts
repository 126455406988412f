/**
 * `npm start`: validates every article first (a bad file stops here with the same clear
 * message as `npm run build`), then builds into `_site/` and serves it with live reload
 * at http://localhost:8080/ (`-- --port N` or PORT overrides; `-- --output DIR`), rebuilding when an article or template changes.
 *
 * Rebuilds are incremental where it is safe: articles whose file is unchanged are not read
 * again (content.ts keeps parsed records by path, modification time and size), and pages
 * whose fingerprint did not change are not rendered again (eleventy.ts), so editing one
 * article re-renders its page and the few lists and neighbours that show it.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { loadArchive } from "../model/archive.ts";
import { provideArchive } from "../model/store.ts";
import { settings } from "../settings.ts";
import { enableRecordCache } from "../model/content.ts";
import { enableIncrementalPages } from "../eleventy/pages.ts";
import { createEleventy } from "../eleventy/runner.ts";
import { ContentError } from "../model/problems.ts";

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { output: { type: "string", default: "_site" }, port: { type: "string", default: process.env.PORT ?? "8080" } } });
  const port = Number(values.port);
  enableRecordCache();
  enableIncrementalPages();
  try {
    const started = performance.now();
    // The preview shows drafts and scheduled articles, marked; `npm run build` leaves them out.
    const options = { preview: true };
    const archive = await loadArchive(settings.articlesDir, process.cwd(), options);
    provideArchive(archive, options);
    console.log(`Checked ${archive.articles.length} articles in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    if (error instanceof ContentError) {
      console.error(`Not serving: ${error.message}`);
      console.error("Fix the files named above and run `npm start` again.");
      process.exitCode = 1;
      return;
    }
    throw error;
  }
  const eleventy = await createEleventy(path.resolve(values.output!), "serve");
  await eleventy.init();
  await eleventy.watch();
  await eleventy.serve(port);
}

await main();
