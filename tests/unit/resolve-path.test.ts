import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveRequest, segmentsOf } from "../../src/server/resolve-path.ts";

describe("resolving a request to a file of the built site", () => {
  let workspace = "";
  let root = "";
  beforeAll(async () => {
    workspace = await mkdtemp(path.join(os.tmpdir(), "resolve-path-"));
    root = path.join(workspace, "_site");
    await mkdir(path.join(root, "2026", "a b"), { recursive: true });
    await writeFile(path.join(root, "index.html"), "home");
    await writeFile(path.join(root, "2026", "a b", "index.html"), "spaced");
    await writeFile(path.join(root, ".nojekyll"), "");
    await mkdir(path.join(workspace, "_site-private"));
    await writeFile(path.join(workspace, "_site-private", "secret.txt"), "secret");
    await symlink(path.join(workspace, "_site-private"), path.join(root, "linked"));
  });
  afterAll(() => rm(workspace, { recursive: true, force: true }));

  it("serves folders as their index.html and redirects a folder without its slash", async () => {
    expect(await resolveRequest(root, "/news/", "/news/")).toEqual({ kind: "file", file: path.join(root, "index.html") });
    expect(await resolveRequest(root, "/news/", "/news/2026/a%20b/?q=1")).toEqual({ kind: "file", file: path.join(root, "2026", "a b", "index.html") });
    expect(await resolveRequest(root, "/news/", "/news/2026/a%20b")).toEqual({ kind: "redirect", location: "/news/2026/a%20b/" });
    expect(await resolveRequest(root, "/news/", "/news")).toEqual({ kind: "redirect", location: "/news/" });
  });

  it("refuses bad encodings, dot segments, NUL and backslashes with a 400", () => {
    for (const target of ["/%", "/%ff", "/..%2f..%2fetc%2fpasswd", "/%2e%2e/x", "/a/./b", "/a//b", "/%00", "/a%5c..%5cb", "/.nojekyll", "*", "http://evil.example/"]) {
      expect(segmentsOf(target, "/"), target).toBe("bad-request");
    }
  });

  it("never resolves outside the output folder, by path or by symbolic link", async () => {
    expect(await resolveRequest(root, "/", "/..%2f_site-private%2fsecret.txt")).toEqual({ kind: "bad-request" });
    expect(await resolveRequest(root, "/news/", "/_site-private/secret.txt")).toEqual({ kind: "not-found" });
    expect(await resolveRequest(root, "/", "/linked/secret.txt")).toEqual({ kind: "not-found" });
    expect(await resolveRequest(root, "/", "/missing/")).toEqual({ kind: "not-found" });
  });
});
