import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildSite } from "../helpers/build.ts";
import { parseHtml, textOf } from "../helpers/html.ts";

async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.parentPath.includes(`${path.sep}pagefind`)) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, file), await readFile(file, "utf8"));
  }
  return files;
}

describe("dates on every machine", () => {
  it("publishes the same days whatever the building machine's time zone", async () => {
    const zones = ["UTC", "America/Los_Angeles", "Pacific/Kiritimati"];
    const builds = await Promise.all(zones.map((TZ) => buildSite(`tz-${TZ.replace("/", "-")}`, { from: "archive", env: { TZ } })));
    for (const build of builds) expect(build.ok, build.stderr).toBe(true);

    for (const build of builds) {
      const seed = parseHtml(await build.read("/2026/02/26/us-iran-talks-geneva-significant-progress/"));
      expect(textOf(seed, "article .article-meta time")).toBe("26 February 2026");
      const late = parseHtml(await build.read("/2025/12/31/new-years-eve-in-los-angeles/"));
      // The time of day as written, with its offset: the same on every machine.
      expect(textOf(late, "article .article-meta time")).toBe("31 December 2025, 23:30 -08:00");
      expect(late("article time").attr("datetime")).toBe("2025-12-31T23:30:00-08:00");
      expect(textOf(parseHtml(await build.read("/2025/12/31/")), "main")).toContain("New Year's Eve");
    }

    const [utc, ...others] = await Promise.all(builds.map((b) => snapshot(b.output)));
    for (const other of others) {
      expect([...other.keys()]).toEqual([...utc!.keys()]);
      for (const [file, contents] of utc!) expect(other.get(file), file).toBe(contents);
    }
  });
});
