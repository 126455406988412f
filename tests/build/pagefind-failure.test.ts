/**
 * A Pagefind process that dies or stops answering in the middle of indexing: the build
 * fails within seconds saying so, and the previous site stays; `npm start` reports it,
 * keeps serving, and indexes again after the next change. Pagefind's binary is replaced
 * by tests/fixtures/pagefind-fault.sh, which takes a request and then dies (SIGKILL) or
 * goes silent while a fault file exists, or works a while before answering.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildSite } from "../helpers/build.ts";
import { count, faultyPagefindEnv, freePort, startServe, waitFor } from "../helpers/dev-server.ts";
import { treeHashes } from "../helpers/tree.ts";

const cleanup: string[] = [];
afterAll(async () => {
  for (const folder of cleanup) await rm(folder, { recursive: true, force: true });
});

async function faultFile(mode?: "die" | "hang" | "busy"): Promise<string> {
  const folder = await mkdtemp(path.join(os.tmpdir(), "pagefind-fault-"));
  cleanup.push(folder);
  const file = path.join(folder, "fault");
  if (mode) await writeFile(file, mode);
  return file;
}

describe("npm run build when Pagefind fails", () => {
  it("fails within seconds when Pagefind's process dies with a request pending, and keeps the previous site", async () => {
    const first = await buildSite("pagefind-dies", { from: "archive" });
    expect(first.ok).toBe(true);
    const before = await treeHashes(first.output);
    const started = Date.now();
    const second = await buildSite("pagefind-dies", { articlesDir: first.articlesDir, output: first.output, env: faultyPagefindEnv(await faultFile("die")) });
    expect(second.ok).toBe(false);
    // A bound for a shared, loaded machine: before this fix the silent process made the build wait forever.
    expect(Date.now() - started).toBeLessThan(120_000);
    expect(second.stderr).toMatch(/Search index: Pagefind's process was killed \(SIGKILL\) before it finished indexing/);
    expect(second.stderr).not.toMatch(/^\s+at /m);
    expect(await treeHashes(first.output)).toEqual(before);
  });

  it("fails when Pagefind's process stops answering", async () => {
    const started = Date.now();
    const result = await buildSite("pagefind-hangs", { from: "archive", env: { ...faultyPagefindEnv(await faultFile("hang")), PAGEFIND_STALL_SECONDS: "2" } });
    expect(result.ok).toBe(false);
    expect(result.stderr).toMatch(/Search index: Pagefind's process stopped answering \(no reply and no work in 2 s\)/);
    // A bound for a shared, loaded machine: before this fix the silent process made the build wait forever.
    expect(Date.now() - started).toBeLessThan(120_000);
  });

  it("waits for a Pagefind process that works longer than that without answering, as writing a large bundle does", async () => {
    const result = await buildSite("pagefind-busy", { from: "archive", env: { ...faultyPagefindEnv(await faultFile("busy")), PAGEFIND_STALL_SECONDS: "2" } });
    expect(result.stderr).not.toMatch(/stopped answering/);
    expect(result.ok).toBe(true);
    expect(result.stdout).toMatch(/Search index: \d+ pages/);
  });
});

describe("npm start when Pagefind fails", () => {
  it("reports the failure, keeps serving, and indexes again after the next change", async () => {
    const workspace = await mkdtemp(path.join(os.tmpdir(), "news-archive-pagefind-serve-"));
    cleanup.push(workspace);
    const articlesDir = path.join(workspace, "articles");
    const { cp } = await import("node:fs/promises");
    await cp(path.join(import.meta.dirname, "../fixtures/archive"), articlesDir, { recursive: true });
    const fault = await faultFile();
    const serve = startServe({ articlesDir, output: path.join(workspace, "_site"), port: await freePort(), env: faultyPagefindEnv(fault) });
    try {
      const indexed = () => count(serve.log(), /Search index: \d+ pages/g);
      await waitFor(() => /Server at/.test(serve.log()) && indexed() >= 1, "the first build and index", serve.log);

      await writeFile(fault, "die");
      const source = path.join(articlesDir, "2026/2026-01-15-template-syntax-is-text.md");
      const text = await readFile(source, "utf8");
      await writeFile(source, `${text.trimEnd()}\n\nIndexed after Pagefind died.\n`);
      await waitFor(() => /Pagefind's process was killed/.test(serve.log()), "the index failure", serve.log, 60_000);
      expect(serve.log()).toMatch(/Search index: Pagefind's process was killed \(SIGKILL\) before it finished indexing \(search is out of date until the next change\)/);
      const page = await fetch(`http://127.0.0.1:${serve.port}/2026/01/15/template-syntax-is-text/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain("Indexed after Pagefind died.");

      await rm(fault);
      const before = indexed();
      await writeFile(source, `${text.trimEnd()}\n\nIndexed again.\n`);
      await waitFor(() => indexed() > before, "the index rebuilt after the next change", serve.log, 60_000);
      expect(serve.child.exitCode).toBeNull();
    } finally {
      await serve.stop();
    }
  });
});
