/**
 * `npm start`: validates every article first (a bad file stops here with the same clear
 * message as `npm run build`), then builds into `_site/` and serves it with live reload
 * at http://127.0.0.1:8080/ (`-- --port N` or PORT, `-- --host ADDR`, `-- --output DIR`),
 * rebuilding when an article or template changes.
 *
 * Rebuilds are incremental where it is safe: articles whose file is unchanged are not read
 * again (content.ts keeps parsed records by path, modification time and size), and pages
 * whose fingerprint did not change are not rendered again (eleventy.ts), so editing one
 * article re-renders its page and the few lists and neighbours that show it. A rebuild
 * that fails (a broken article) writes nothing: the last good site stays served, every
 * page shows the error, and the next save that fixes it publishes.
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
import { site } from "../_data/site.ts";
import { describeBuildFailure } from "./build-failure.ts";
import { startDevServer } from "../server/dev-server.ts";
import { observeBuilds } from "../server/watch-builds.ts";

function portFrom(written: string): number | undefined {
  const port = Number(written);
  return /^\d+$/.test(written) && port <= 65535 ? port : undefined;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      output: { type: "string", default: "_site" },
      port: { type: "string", default: process.env.PORT ?? "8080" },
      host: { type: "string", default: "127.0.0.1" },
    },
  });
  const port = portFrom(values.port!);
  if (port === undefined) {
    console.error(`Not serving: --port / PORT "${values.port}" is not a port number (0–65535).`);
    process.exitCode = 1;
    return;
  }
  const output = path.resolve(values.output!);
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

  // "watch", not "serve": Eleventy then writes every file (assets included) into the
  // output folder, which our own server serves; Eleventy's dev server is not used.
  const eleventy = await createEleventy(output, "watch");
  let server: Awaited<ReturnType<typeof startDevServer>> | undefined;
  let failing = false;
  observeBuilds(eleventy, {
    succeeded: () => {
      if (failing) console.log("Fixed: the site is published again.");
      failing = false;
      server?.setProblem(undefined);
      server?.reload();
    },
    failed: (error) => {
      const message = describeBuildFailure(error);
      console.error(`Not published: ${message}\nThe last good site is still served; fix the file and save it again.`);
      failing = true;
      server?.setProblem(message);
      server?.reload();
    },
  });
  // Listening first: a port in use is reported before any work; pages reload once built.
  try {
    server = await startDevServer({ root: output, prefix: site.pathPrefix, host: values.host!, port });
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "EADDRINUSE" ? "is in use" : `cannot be listened on (${(error as Error).message})`;
    console.error(`Not serving: ${values.host}:${port} ${reason}; choose another with --port or PORT, or --host.`);
    process.exitCode = 1;
    return;
  }
  console.log(`Server at ${server.url}`);
  await eleventy.init();
  await eleventy.watch();
  const stop = () => {
    void server!.close().finally(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

await main();
