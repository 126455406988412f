/**
 * `npm start` (src/cli/serve.ts): validates first, then serves with live reload, and a
 * rebuild after editing one article rewrites that article's pages, not the whole archive.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { cp, mkdtemp, readFile, rm, stat, utimes, writeFile } from "node:fs/promises";
import os from "node:os";
import { createServer } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURES, fileOf, makeWorkspace, prepareArticles, ROOT } from "../helpers/build.ts";

const EDITED = "2026/2026-01-15-template-syntax-is-text.md";
const EDITED_URL = "/2026/01/15/template-syntax-is-text/";
const UNRELATED_URL = "/2025/12/31/new-years-eve-in-los-angeles/";

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function startServe(articlesDir: string, output: string, port: number): { child: ChildProcess; log: () => string; exited: Promise<number> } {
  let text = "";
  const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "src/cli/serve.ts"), "--output", output, "--port", String(port)], {
    cwd: ROOT,
    env: { ...process.env, ARTICLES_DIR: articlesDir, SITE_URL: `http://localhost:${port}/` },
  });
  child.stdout!.on("data", (chunk: Buffer) => (text += chunk));
  child.stderr!.on("data", (chunk: Buffer) => (text += chunk));
  const exited = new Promise<number>((resolve) => child.on("close", (code) => resolve(code ?? 1)));
  return { child, log: () => text, exited };
}

async function waitFor(check: () => boolean, what: string, log: () => string, timeout = 120_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; log:\n${log()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const writes = (log: string) => log.match(/Wrote \d+ files/g)?.length ?? 0;

describe("npm start", () => {
  let serve: ReturnType<typeof startServe>;
  let workspace = "";
  let articlesDir = "";
  let output = "";

  beforeAll(async () => {
    // Outside the project: Eleventy's watcher skips what .gitignore names, tests/.output/ included.
    workspace = await mkdtemp(path.join(os.tmpdir(), "news-archive-serve-"));
    articlesDir = path.join(workspace, "articles");
    await cp(path.join(FIXTURES, "archive"), articlesDir, { recursive: true });
    output = path.join(workspace, "site");
    serve = startServe(articlesDir, output, await freePort());
    await waitFor(() => /Server at/.test(serve.log()) && writes(serve.log()) >= 1, "the first build", serve.log);
  }, 150_000);

  afterAll(async () => {
    serve?.child.kill("SIGINT");
    await Promise.race([serve?.exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    if (serve && serve.child.exitCode === null) serve.child.kill("SIGKILL");
    if (workspace) await rm(workspace, { recursive: true, force: true });
  });

  it("rebuilds an edited article's page and leaves unrelated pages alone", async () => {
    const unrelatedBefore = (await stat(fileOf(output, UNRELATED_URL))).mtimeMs;
    const source = path.join(articlesDir, EDITED);
    const text = await readFile(source, "utf8");
    await writeFile(source, `${text.trimEnd()}\n\nA paragraph added while serving.\n`);
    await waitFor(() => writes(serve.log()) >= 2, "the rebuild", serve.log);
    expect(await readFile(fileOf(output, EDITED_URL), "utf8")).toContain("A paragraph added while serving.");
    // The site feed carries full text, so it follows the body too.
    expect(await readFile(fileOf(output, "/feed.xml"), "utf8")).toContain("A paragraph added while serving.");
    expect((await stat(fileOf(output, UNRELATED_URL))).mtimeMs).toBe(unrelatedBefore);
    const rebuild = /Wrote (\d+) files/g;
    const counts = [...serve.log().matchAll(rebuild)].map((m) => Number(m[1]));
    expect(counts[1]).toBeLessThan(counts[0]!);
  }, 150_000);

  it("updates the lists that show an article when its headline changes", async () => {
    const source = path.join(articlesDir, EDITED);
    const text = await readFile(source, "utf8");
    await writeFile(source, text.replace(/^title: .*$/m, 'title: "A headline changed while serving"'));
    await waitFor(() => writes(serve.log()) >= 3, "the second rebuild", serve.log);
    expect(await readFile(fileOf(output, "/"), "utf8")).toContain("A headline changed while serving");
    expect(await readFile(fileOf(output, "/2026/01/15/"), "utf8")).toContain("A headline changed while serving");
    expect(await readFile(fileOf(output, "/2026/01/"), "utf8")).toContain("A headline changed while serving");
  }, 150_000);

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
  }, 150_000);
});

describe("npm start with a bad article", () => {
  it("stops before serving and names the file", async () => {
    const workspace = await makeWorkspace("serve-bad");
    const articlesDir = await prepareArticles(workspace, { from: "archive", files: { "2026/2026-04-01-broken.md": "---\ntitle: [unclosed\n---\nBody.\n" } });
    const serve = startServe(articlesDir, path.join(workspace, "site"), await freePort());
    const code = await serve.exited;
    expect(code).toBe(1);
    expect(serve.log()).toMatch(/Not serving:[\s\S]*2026-04-01-broken\.md/);
    expect(serve.log()).not.toMatch(/Server at/);
  }, 60_000);
});
