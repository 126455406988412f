import { describe, expect, it } from "vitest";
import { buildSite } from "../helpers/build.ts";

const article = (title: string, date: string, extra = "") => `---\ntitle: ${title}\ndate: ${date}\n${extra}---\n\nText.\n`;

describe("bad newsroom fields stop the build with a message naming the files", () => {
  it("an alias that is another article's URL, or another article's alias, names both files", async () => {
    const site = await buildSite("alias-clash", {
      files: {
        "2026/2026-02-20-first.md": article("First", "2026-02-20", "aliases: [/2026/02/21/second/, /old/shared/]\n"),
        "2026/2026-02-21-second.md": article("Second", "2026-02-21"),
        "2026/2026-02-22-third.md": article("Third", "2026-02-22", "aliases: [/old/shared]\n"),
      },
    });
    expect(site.ok).toBe(false);
    expect(site.stderr).toMatch(/articles\/2026\/2026-02-20-first\.md: aliases: "\/2026\/02\/21\/second\/" is the URL of \S*articles\/2026\/2026-02-21-second\.md/);
    expect(site.stderr).toMatch(/articles\/2026\/2026-02-22-third\.md: aliases: "\/old\/shared" is also an alias of \S*articles\/2026\/2026-02-20-first\.md/);
    expect(site.stderr).not.toMatch(/\n\s+at /);
  });

  it("a SOURCE_DATE_EPOCH that is not whole seconds stops the build with that message, not a stack trace", async () => {
    const site = await buildSite("bad-epoch", { files: { "2026/2026-02-20-fine.md": article("Fine", "2026-02-20") }, env: { SOURCE_DATE_EPOCH: "tomorrow" } });
    expect(site.ok).toBe(false);
    expect(site.stderr).toContain('Build stopped: SOURCE_DATE_EPOCH: "tomorrow" is not a whole number of seconds since 1970');
    expect(site.stderr).not.toMatch(/\n\s+at /);
  });

  it("an alias with a query, and a correction dated before its article, name the file and field", async () => {
    const site = await buildSite("newsroom-fields", {
      files: {
        "2026/2026-02-20-query.md": article("Query", "2026-02-20", "aliases: ['/old/?p=1']\n"),
        "2026/2026-02-21-early.md": article("Early", "2026-02-21", "corrections:\n  - date: 2026-02-19\n    text: Too early.\n"),
      },
    });
    expect(site.ok).toBe(false);
    expect(site.stderr).toMatch(/articles\/2026\/2026-02-20-query\.md:4: aliases: "\/old\/\?p=1" has a query or fragment/);
    expect(site.stderr).toMatch(/articles\/2026\/2026-02-21-early\.md:4: corrections: the correction dated 2026-02-19 is earlier than the article's date 2026-02-21/);
  });
});
