/**
 * `npm start` (src/cli/serve.ts): serves with live reload; a rebuild
 * after editing one article rewrites that article's pages, not the whole archive; a broken
 * save keeps the last good site served with the error shown, and the fix publishes; deleted
 * and renamed articles lose their pages; no request stops the server or reads outside the
 * built site. Every test here runs the real server and edits real files.
 */
import { cp, mkdir, readFile, rename, rm, stat, symlink, unlink, utimes, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURES, fileOf, ROOT } from "../helpers/build.ts";
import { accepts, count, freePort, rawGet, startServe, waitFor, workspaceWithArchive, type Serve } from "../helpers/dev-server.ts";

const EDITED = "2026/2026-01-15-template-syntax-is-text.md";
const EDITED_URL = "/2026/01/15/template-syntax-is-text/";
const UNRELATED_URL = "/2025/12/31/new-years-eve-in-los-angeles/";
const PREFIX = "/news-archive/";

const writes = (log: string) => count(log, /Wrote \d+ files/g);

describe("npm start", () => {
  let serve: Serve;
  let workspace = "";
  let articlesDir = "";
  let output = "";
  const get = (url: string) => fetch(`http://127.0.0.1:${serve.port}${PREFIX}${url.replace(/^\//, "")}`);

  beforeAll(async () => {
    ({ workspace, articlesDir, output } = await workspaceWithArchive("serve"));
    // A folder beside the output whose name starts like it: upstream's dev server served files from it.
    await mkdir(path.join(workspace, "_site-private"));
    await writeFile(path.join(workspace, "_site-private", "secret.txt"), "SECRET-BESIDE-THE-SITE\n");
    serve = startServe({ articlesDir, output, port: await freePort(), prefix: PREFIX });
    await waitFor(() => /Server at/.test(serve.log()) && /Search index: \d+ pages/.test(serve.log()), "the first build", serve.log);
  }, 150_000);

  afterAll(async () => {
    await serve?.stop();
    if (workspace) await rm(workspace, { recursive: true, force: true });
  });

  describe("rebuilds", () => {
    it("rebuilds an edited article's page and leaves unrelated pages alone", async () => {
      const unrelatedBefore = (await stat(fileOf(output, UNRELATED_URL))).mtimeMs;
      const source = path.join(articlesDir, EDITED);
      const text = await readFile(source, "utf8");
      const before = writes(serve.log());
      await writeFile(source, `${text.trimEnd()}\n\nA paragraph added while serving.\n`);
      await waitFor(() => writes(serve.log()) > before, "the rebuild", serve.log);
      expect(await readFile(fileOf(output, EDITED_URL), "utf8")).toContain("A paragraph added while serving.");
      // The site feed carries full text, so it follows the body too.
      expect(await readFile(fileOf(output, "/feed.xml"), "utf8")).toContain("A paragraph added while serving.");
      expect((await stat(fileOf(output, UNRELATED_URL))).mtimeMs).toBe(unrelatedBefore);
      const counts = [...serve.log().matchAll(/Wrote (\d+) files/g)].map((m) => Number(m[1]));
      expect(counts.at(-1)).toBeLessThan(counts[0]!);
    });

    it("updates the lists that show an article when its headline changes", async () => {
      const source = path.join(articlesDir, EDITED);
      const text = await readFile(source, "utf8");
      const before = writes(serve.log());
      await writeFile(source, text.replace(/^title: .*$/m, 'title: "A headline changed while serving"'));
      await waitFor(() => writes(serve.log()) > before, "the second rebuild", serve.log);
      expect(await readFile(fileOf(output, "/"), "utf8")).toContain("A headline changed while serving");
      expect(await readFile(fileOf(output, "/2026/01/15/"), "utf8")).toContain("A headline changed while serving");
      expect(await readFile(fileOf(output, "/2026/01/"), "utf8")).toContain("A headline changed while serving");
    });

    it("renders every page again after a change outside the articles (a template, an asset)", async () => {
      const unrelatedBefore = (await stat(fileOf(output, UNRELATED_URL))).mtimeMs;
      // Touch, don't change: a file of the site's own sources, as an edit to a layout would.
      const asset = path.join(ROOT, "src/assets/favicon.svg");
      const now = new Date();
      await utimes(asset, now, now);
      const before = writes(serve.log());
      await waitFor(() => writes(serve.log()) > before, "the rebuild after a source change", serve.log);
      const source = path.join(articlesDir, EDITED);
      await writeFile(source, `${(await readFile(source, "utf8")).trimEnd()}\n\nOne more paragraph.\n`);
      const next = writes(serve.log());
      await waitFor(() => writes(serve.log()) > next, "the rebuild after an article edit", serve.log);
      expect((await stat(fileOf(output, UNRELATED_URL))).mtimeMs).toBeGreaterThan(unrelatedBefore);
    });
  });

  describe("after a content error", () => {
    const broken = async (file: string, text: string) => {
      const failures = count(serve.log(), /Not published:/g);
      await writeFile(path.join(articlesDir, file), text);
      await waitFor(() => count(serve.log(), /Not published:/g) > failures, `the failed rebuild of ${file}`, serve.log);
    };
    /** Waits for the page itself to show the fix, not for a line in the log. */
    const fixed = async (file: string, text: string, url: string, shows: string) => {
      const reports = count(serve.log(), /Fixed: the site is published again/g);
      await writeFile(path.join(articlesDir, file), text);
      await waitFor(async () => (await (await get(url)).text()).includes(shows), `the fix of ${file} published`, serve.log, 30_000);
      // The page is on disk a moment before the run is reported done (and the banner goes).
      await waitFor(() => count(serve.log(), /Fixed: the site is published again/g) > reports, "the fix reported", serve.log, 10_000);
    };

    it("keeps serving the last good site with the error on every page, then publishes the fix", async () => {
      const source = path.join(articlesDir, EDITED);
      const good = await readFile(source, "utf8");
      const logBefore = serve.log().length;
      await broken(EDITED, good.replace(/^title: .*$/m, "title: [unclosed"));
      const failure = serve.log().slice(logBefore);
      // Once in the terminal, naming the file, and no stack trace.
      expect(count(failure, /template-syntax-is-text\.md/g) - count(failure, /File changed:/g)).toBe(1);
      expect(failure).not.toMatch(/^\s+at /m);
      expect(failure).not.toMatch(/Wrote 0 files/);

      for (const url of [EDITED_URL, UNRELATED_URL, "/"]) {
        const response = await get(url);
        expect(response.status).toBe(200);
        const page = await response.text();
        expect(page).toContain('class="dev-build-error"');
        expect(page).toContain("template-syntax-is-text.md");
      }
      // The last good version of the broken article is what is served.
      expect(await (await get(EDITED_URL)).text()).toContain("One more paragraph.");
      // The banner's text is escaped: the article's `[unclosed` and any markup stay text.
      const page = await (await get(EDITED_URL)).text();
      const banner = /<div class="dev-build-error"[\s\S]*?<\/div>/.exec(page)![0];
      expect(banner).not.toMatch(/<(?!\/?(div|strong|pre)\b)/);

      await fixed(EDITED, good.replace(/^title: .*$/m, 'title: "Published again after the fix"'), EDITED_URL, "Published again after the fix");
      const after = await (await get(EDITED_URL)).text();
      expect(after).toContain("Published again after the fix");
      expect(after).not.toContain("dev-build-error");
    });

    it("recovers after a missing title, and names the field", async () => {
      const source = path.join(articlesDir, EDITED);
      const good = await readFile(source, "utf8");
      await broken(EDITED, good.replace(/^title: .*\n/m, ""));
      const page = await (await get("/")).text();
      expect(page).toMatch(/dev-build-error[\s\S]*template-syntax-is-text\.md[\s\S]*title/);
      await fixed(EDITED, good.replace(/^title: .*$/m, 'title: "A title written back"'), EDITED_URL, "A title written back");
    });

    it("publishes a save written in two steps once the second lands", async () => {
      const source = path.join(articlesDir, EDITED);
      const good = await readFile(source, "utf8");
      // An editor's tool writes the start of the file, and only later the rest.
      await broken(EDITED, good.slice(0, 12));
      await fixed(EDITED, good.replace(/^title: .*$/m, 'title: "Saved in two steps"'), EDITED_URL, "Saved in two steps");
      expect(await (await get(EDITED_URL)).text()).not.toContain("dev-build-error");
    });
  });

  describe("deleted and renamed articles", () => {
    const rebuilt = async (change: () => Promise<void>) => {
      const before = writes(serve.log());
      await change();
      await waitFor(() => writes(serve.log()) > before, "the rebuild", serve.log);
    };

    it("removes a deleted article's page, so it is no longer served", async () => {
      const url = "/2026/02/26/second-story-same-day/";
      expect((await get(url)).status).toBe(200);
      await rebuilt(() => unlink(path.join(articlesDir, "2026/2026-02-26-second-story-same-day.md")));
      await waitFor(async () => (await get(url)).status === 404, "the deleted page to go", serve.log, 10_000);
      await expect(stat(fileOf(output, url))).rejects.toThrow();
      expect(await (await get("/")).text()).not.toContain("A second story on the same day");
    });

    it("moves a renamed article: the old URL is gone, the new one served", async () => {
      const from = path.join(articlesDir, "2025/2025-12-31-new-years-eve-in-los-angeles.md");
      const to = path.join(articlesDir, "2025/2025-12-31-new-years-eve-renamed.md");
      await rebuilt(() => rename(from, to));
      const renamed = "/2025/12/31/new-years-eve-renamed/";
      await waitFor(async () => (await get(renamed)).status === 200, "the renamed page", serve.log, 20_000);
      await waitFor(async () => (await get(UNRELATED_URL)).status === 404, "the old page to go", serve.log, 10_000);
    });

    it("publishes an article again when its file comes back", async () => {
      const url = "/2026/02/26/second-story-same-day/";
      await rebuilt(() => cp(path.join(FIXTURES, "archive/2026/2026-02-26-second-story-same-day.md"), path.join(articlesDir, "2026/2026-02-26-second-story-same-day.md")));
      await waitFor(async () => (await get(url)).status === 200, "the page back", serve.log, 20_000);
    });
  });

  describe("requests", () => {
    it("answers traversal, bad encodings and sibling-folder requests without a crash or a leak", async () => {
      const hostile = [
        "/..%2f..%2fetc%2fpasswd",
        "/%ff",
        "/%",
        "/..%2f_site-private%2fsecret.txt",
        `${PREFIX}..%2f_site-private%2fsecret.txt`,
        `${PREFIX}..%2f..%2f..%2f..%2fetc%2fpasswd`,
        `${PREFIX}%2e%2e/_site-private/secret.txt`,
        `${PREFIX}..\\_site-private\\secret.txt`,
        `${PREFIX}%00`,
        `${PREFIX}%`,
        `${PREFIX}%ff`,
        "*",
      ];
      for (const target of hostile) {
        const response = await rawGet(serve.port, target);
        expect(response.status, target).toBeGreaterThanOrEqual(400);
        expect(response.body, target).not.toContain("SECRET-BESIDE-THE-SITE");
        expect(response.body, target).not.toContain("root:");
      }
      expect((await rawGet(serve.port, "/%ff")).status).toBe(400);
      expect((await rawGet(serve.port, `${PREFIX}%`)).status).toBe(400);
      // Still up, still serving.
      expect((await get("/")).status).toBe(200);
    });

    it("does not follow a symbolic link out of the output folder", async () => {
      await symlink(path.join(workspace, "_site-private", "secret.txt"), path.join(output, "leak.txt"));
      const response = await rawGet(serve.port, `${PREFIX}leak.txt`);
      expect(response.status).toBe(404);
      expect(response.body).not.toContain("SECRET-BESIDE-THE-SITE");
    });

    it("serves under the site's path, with the site's own 404 page, and injects the reload script as a file", async () => {
      expect((await get("/assets/keys.js")).status).toBe(200);
      const missing = await get("/no/such/page/");
      expect(missing.status).toBe(404);
      expect(await missing.text()).toContain("<h1");
      const home = await (await get("/")).text();
      expect(home).toContain(`<script src="${PREFIX}__reload.js" defer></script>`);
      const script = await get("/__reload.js");
      expect(script.status).toBe(200);
      expect(script.headers.get("content-type")).toMatch(/javascript/);
      const redirect = await fetch(`http://127.0.0.1:${serve.port}${PREFIX}2026`, { redirect: "manual" });
      expect(redirect.status).toBe(301);
      expect(redirect.headers.get("location")).toBe(`${PREFIX}2026/`);
    });

    it("tells open pages to reload after a rebuild", async () => {
      const controller = new AbortController();
      const events = await fetch(`http://127.0.0.1:${serve.port}${PREFIX}__reload`, { signal: controller.signal });
      expect(events.headers.get("content-type")).toMatch(/text\/event-stream/);
      const reader = events.body!.getReader();
      let received = "";
      const reading = (async () => {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          received += new TextDecoder().decode(value);
          if (received.includes("event: reload")) return;
        }
      })();
      const source = path.join(articlesDir, EDITED);
      await writeFile(source, `${(await readFile(source, "utf8")).trimEnd()}\n\nA reload is due.\n`);
      await Promise.race([reading, new Promise((resolve) => setTimeout(resolve, 60_000))]);
      controller.abort();
      expect(received).toContain("event: reload");
    });

    it("listens on 127.0.0.1 only", async () => {
      expect(serve.log()).toContain(`Server at http://127.0.0.1:${serve.port}${PREFIX}`);
      expect(await accepts(serve.port, "127.0.0.1")).toBe(true);
      // Any other address of this machine: another loopback address, and each network interface's.
      const others = ["127.0.0.2", ...Object.values(os.networkInterfaces()).flatMap((list) => (list ?? []).filter((a) => !a.internal).map((a) => a.address))];
      for (const address of others) expect(await accepts(serve.port, address), address).toBe(false);
    });
  });
});
