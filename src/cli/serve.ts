/**
 * `npm start`: validates every article, then builds into `_site/` and serves it with live
 * reload at http://127.0.0.1:8080/ (`-- --port N` or PORT, `-- --host ADDR`, `-- --output DIR`),
 * rebuilding when an article or template changes.
 *
 * Rebuilds are incremental where it is safe: articles whose file is unchanged are not read
 * again (content.ts keeps parsed records by path, modification time and size), and pages
 * whose fingerprint did not change are not rendered again (eleventy.ts), so editing one
 * article re-renders its page and the few lists and neighbours that show it. A build that
 * fails (a broken article) writes nothing: the last good site stays served, every page
 * shows the error, and the next save that fixes it publishes. That holds from the start:
 * with a bad article at startup the site already in the output folder is served, or, when
 * there is none, a placeholder page showing the error (src/server/dev-page.ts).
 */
import { stat } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadArchive } from "../model/archive.ts";
import { provideArchive, setLoadOptions } from "../model/store.ts";
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

/** `_site/` for a folder in the project, its full path otherwise. */
function folderName(folder: string): string {
  const relative = path.relative(process.cwd(), folder);
  return relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? `${relative}/` : `${folder}/`;
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
  // An earlier build's site is served until this run's first build succeeds, and kept if it fails.
  const hasSite = (await stat(path.join(output, "index.html")).catch(() => undefined))?.isFile() ?? false;
  enableRecordCache();
  enableIncrementalPages();
  // The preview shows drafts and scheduled articles, marked; `npm run build` leaves them out.
  const options = { preview: true };
  setLoadOptions(options);
  try {
    const started = performance.now();
    const archive = await loadArchive(settings.articlesDir, process.cwd(), options);
    provideArchive(archive, options);
    console.log(`Checked ${archive.articles.length} articles in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    // Serving starts anyway: the first build meets the same error and reports it, once.
    if (!(error instanceof ContentError)) throw error;
  }

  // "watch", not "serve": Eleventy then writes every file (assets included) into the
  // output folder, which our own server serves; Eleventy's dev server is not used.
  const eleventy = await createEleventy(output, "watch");
  let server: Awaited<ReturnType<typeof startDevServer>> | undefined;
  let failing = false;
  let built = false;
  observeBuilds(eleventy, {
    succeeded: () => {
      if (failing) console.log(built || hasSite ? "Fixed: the site is published again." : "Fixed: the site is published.");
      failing = false;
      built = true;
      server?.siteBuilt();
      server?.setProblem(undefined);
      server?.reload();
    },
    failed: (error) => {
      const message = describeBuildFailure(error);
      const served = built
        ? "The last good site is still served"
        : hasSite
          ? `The site already in ${folderName(output)} (an earlier build) is served`
          : "There is no earlier site to serve: every page shows this error";
      console.error(`Not published: ${message}\n${served}; fix the file and save it again.`);
      failing = true;
      server?.setProblem(message);
      server?.reload();
    },
  });
  // Listening first: a port in use is reported before any work; pages reload once built.
  try {
    server = await startDevServer({ root: output, prefix: site.pathPrefix, host: values.host!, port, hasSite });
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
