/**
 * Large archives are written in several Eleventy passes (src/cli/build.ts), because one
 * Eleventy run keeps every page it renders in memory until it ends. The passes must write
 * exactly the site one run writes: same files, same bytes, search index included.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { generateArticles } from "../../bench/generate.ts";
import { buildSite, type BuildResult } from "../helpers/build.ts";

async function filesOf(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
    .sort();
}

describe("a build written in several passes", () => {
  let single: BuildResult;
  let passes: BuildResult;
  const files = Object.fromEntries([...generateArticles({ count: 40, seed: 11 })].map((a) => [a.file, a.text]));

  beforeAll(async () => {
    [single, passes] = await Promise.all([
      buildSite("passes-one", { from: "archive", files }),
      buildSite("passes-many", { from: "archive", files, env: { BUILD_PAGES_PER_PASS: "25" } }),
    ]);
    if (!single.ok) throw new Error(single.stderr);
    if (!passes.ok) throw new Error(passes.stderr);
  }, 240_000);

  it("really runs several passes and indexes once", () => {
    expect(passes.stdout).toMatch(/beside \d+ Eleventy passes/);
    expect(passes.stdout.match(/Search index:/g)).toHaveLength(1);
    expect(single.stdout).not.toMatch(/Eleventy passes/);
  });

  it("writes the same files with the same bytes as one run", async () => {
    const one = await filesOf(single.output);
    const many = await filesOf(passes.output);
    expect(many).toEqual(one);
    expect(one.filter((f) => f.endsWith(".html")).length).toBeGreaterThan(100);
    for (const file of one) {
      const [a, b] = await Promise.all([readFile(path.join(single.output, file)), readFile(path.join(passes.output, file))]);
      expect(b.equals(a), file).toBe(true);
    }
  });
});
