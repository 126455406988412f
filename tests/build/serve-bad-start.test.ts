/**
 * `npm start` with a bad article at startup (src/cli/serve.ts): it serves anyway, the site
 * already built or, when there is none, a page showing the error at every URL, reports the
 * error once, keeps watching, and publishes as soon as the file is fixed. Every test runs
 * the real server on a real build and edits real files.
 */
import { readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../helpers/build.ts";
import { accepts, count, freePort, startServe, waitFor, workspaceWithArchive, type Serve } from "../helpers/dev-server.ts";

const EDITED_URL = "/2026/01/15/template-syntax-is-text/";

describe("npm start with a bad article at startup", () => {
  const BROKEN = "2026/2026-04-01-broken.md";
  const BROKEN_URL = "/2026/04/01/broken/";
  /** An impossible date, on line 3 of the file, in the `date` field. */
  const BAD = "---\ntitle: A story with a bad date\ndate: 2026-02-30\n---\nBody.\n";
  const good = (title: string) => `---\ntitle: "${title}"\ndate: 2026-04-01\n---\nBody.\n`;
  /** What an editor needs to find the mistake: file, line and field. */
  const NAMED = /2026-04-01-broken\.md:3: date:/;

  /** Started, and the first build's failure reported: Eleventy's watcher is set up after it. */
  const failedAtStart = (serve: Serve) =>
    waitFor(
      () => {
        if (serve.child.exitCode !== null) throw new Error(`npm start exited (${serve.child.exitCode}); log:\n${serve.log()}`);
        return /Not published:/.test(serve.log()) && /Watching/.test(serve.log());
      },
      "the first build's failure",
      serve.log,
      60_000,
    );

  /** The terminal shows the error once, naming file, line and field, with no stack trace. */
  const expectReportedOnce = (log: string) => {
    expect(log).toMatch(/Server at/);
    expect(count(log, /2026-04-01-broken\.md/g)).toBe(1);
    expect(log).toMatch(NAMED);
    expect(log).not.toMatch(/^\s+at /m);
    expect(log).not.toMatch(/Not serving/);
  };

  /** Every page shows the banner naming file, line and field. */
  const expectBanner = (page: string) => {
    expect(page).toContain('class="dev-build-error"');
    expect(page).toMatch(NAMED);
  };

  it("serves the site already built, with the error on every page, and publishes the fix", async () => {
    const { workspace, articlesDir, output } = await workspaceWithArchive("serve-bad-start");
    const serve = { current: undefined as Serve | undefined };
    try {
      const earlier = await buildSite("serve-bad-start", { articlesDir, output });
      expect(earlier.ok, earlier.stderr).toBe(true);
      await writeFile(path.join(articlesDir, BROKEN), BAD);
      const port = await freePort();
      const get = (url: string) => fetch(`http://127.0.0.1:${port}${url}`);
      serve.current = startServe({ articlesDir, output, port });
      await failedAtStart(serve.current);
      expect(serve.current.child.exitCode).toBeNull();
      expectReportedOnce(serve.current.log());
      expect(serve.current.log()).toContain("(an earlier build) is served");

      for (const url of ["/", EDITED_URL, "/2026/"]) {
        const response = await get(url);
        expect(response.status, url).toBe(200);
        expectBanner(await response.text());
      }
      // The earlier build's pages, as they were; the broken article was never published.
      expect(await (await get("/")).text()).toContain("A second story on the same day");
      expect((await get(BROKEN_URL)).status).toBe(404);

      await writeFile(path.join(articlesDir, BROKEN), good("Published after the fix"));
      await waitFor(async () => (await (await get(BROKEN_URL)).text()).includes("Published after the fix"), "the fix published", serve.current.log, 60_000);
      await waitFor(() => /Fixed: the site is published again\./.test(serve.current!.log()), "the fix reported", serve.current.log, 10_000);
      const home = await (await get("/")).text();
      expect(home).toContain("Published after the fix");
      expect(home).not.toContain("dev-build-error");
    } finally {
      await serve.current?.stop();
      await rm(workspace, { recursive: true, force: true });
    }
  }, 180_000);

  describe("with no site built yet", () => {
    let serve: Serve;
    let workspace = "";
    let articlesDir = "";
    let sources: string[] = [];
    const HOST = "127.0.0.2";
    const get = (url: string) => fetch(`http://${HOST}:${serve.port}${url}`);
    const listing = async () => (await readdir(articlesDir, { recursive: true })).sort();

    beforeAll(async () => {
      ({ workspace, articlesDir } = await workspaceWithArchive("serve-no-site"));
      await writeFile(path.join(articlesDir, BROKEN), BAD);
      sources = await listing();
      // The address from --host, the port from PORT: both as a user would give them.
      serve = startServe({ articlesDir, output: path.join(workspace, "_site"), port: await freePort(), portInEnv: true, args: ["--host", HOST] });
      await failedAtStart(serve);
    }, 90_000);

    afterAll(async () => {
      await serve?.stop();
      if (workspace) await rm(workspace, { recursive: true, force: true });
    });

    it("serves a page showing the error at every URL, with status 503", async () => {
      expectReportedOnce(serve.log());
      expect(serve.log()).toContain("There is no earlier site to serve");
      for (const url of ["/", EDITED_URL, "/no/such/page/"]) {
        const response = await get(url);
        expect(response.status, url).toBe(503);
        const page = await response.text();
        expectBanner(page);
        expect(page).toContain("there is no earlier version to show");
        expect(page).toContain(`<script src="/__reload.js" defer></script>`);
      }
      expect((await get("/__reload.js")).status).toBe(200);
      expect((await get("/__build-error.css")).status).toBe(200);
      // The page is the server's own: nothing was written among the sources.
      expect(await listing()).toEqual(sources);
    });

    it("listens on the address --host gives, on the port PORT gives", async () => {
      expect(serve.log()).toContain(`Server at http://${HOST}:${serve.port}/`);
      expect(await accepts(serve.port, HOST)).toBe(true);
      expect(await accepts(serve.port, "127.0.0.1")).toBe(false);
    });

    it("publishes the site once the file is fixed", async () => {
      await writeFile(path.join(articlesDir, BROKEN), good("Published at last"));
      await waitFor(async () => (await get("/")).status === 200, "the site published", serve.log, 60_000);
      await waitFor(() => /Fixed: the site is published\./.test(serve.log()), "the fix reported", serve.log, 10_000);
      const home = await (await get("/")).text();
      expect(home).toContain("Published at last");
      expect(home).not.toContain("dev-build-error");
      expect((await get(EDITED_URL)).status).toBe(200);
      expect((await get("/no/such/page/")).status).toBe(404);
    });
  });
});
