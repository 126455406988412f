import { describe, expect, it } from "vitest";
import { buildSite } from "../helpers/build.ts";

const good = "---\ntitle: Fine\ndate: 2026-02-26\n---\n\nText.\n";

describe("bad articles stop the build with a message naming the file and the field", () => {
  it.each([
    ["a missing title", "---\ndate: 2026-02-26\n---\nText.", "title"],
    ["a missing date", "---\ntitle: No date\n---\nText.", "date"],
    ["an impossible date", "---\ntitle: Leap\ndate: 2026-02-30\n---\nText.", "date"],
    ["an unknown tag shape", "---\ntitle: Tags\ndate: 2026-02-26\ntags:\n  name: Iran\n---\nText.", "tags"],
    ["malformed YAML", "---\ntitle: \"unclosed\ndate: 2026-02-26\n---\nText.", "front matter"],
  ])("%s", async (_name, text, field) => {
    const site = await buildSite("bad", { files: { "2026/ok.md": good, "2026/broken.md": text } });
    expect(site.ok).toBe(false);
    expect(site.stderr).toContain(`articles/2026/broken.md: ${field}:`);
    expect(site.stderr).not.toContain("ok.md");
    expect(site.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
  });

  it("two articles claiming one URL, naming both files", async () => {
    const site = await buildSite("clash", {
      files: {
        "a/2026-02-26-same.md": good,
        "b/2026-02-26-same.md": good.replace("Fine", "Other"),
      },
    });
    expect(site.ok).toBe(false);
    expect(site.stderr).toMatch(/articles\/b\/2026-02-26-same\.md: date: .*\/2026\/02\/26\/same\/.*articles\/a\/2026-02-26-same\.md/);
  });

  it("a file that is not UTF-8", async () => {
    const site = await buildSite("latin1", { files: { "2026/latin1.md": Buffer.from("---\ntitle: Caf\xe9\ndate: 2026-02-26\n---\n", "latin1") } });
    expect(site.ok).toBe(false);
    expect(site.stderr).toContain("articles/2026/latin1.md: is not valid UTF-8");
  });
});
