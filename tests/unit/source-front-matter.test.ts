import { describe, expect, it } from "vitest";
import { readSourceFrontMatter } from "../../src/import/front-matter.ts";

describe("an old site's YAML front matter", () => {
  it("reads a quoted value whose later lines start at the left edge, as the site's own parser did", () => {
    const text = "---\ntitle: \"How to run a workshop\"\ndate: 2014-10-21\nexcerpt: \"You can’t learn it\nfrom a book, or \\\"twice\\\".\n\nPractise.\"\ndescription: 'It''s\nplain'\ntags:\n  - \"agile\nmethods\"\n---\nBody.\n";
    const read = readSourceFrontMatter(text);
    expect(read).toEqual({
      ok: true,
      format: "yaml",
      body: "Body.\n",
      data: { title: "How to run a workshop", date: "2014-10-21", excerpt: 'You can’t learn it from a book, or "twice".\nPractise.', description: "It's plain", tags: ["agile methods"] },
    });
  });

  it("names the file's line of an error it cannot read", () => {
    expect(readSourceFrontMatter('---\ntitle: Fine\ndate: 2026-02-26\nsummary: [unclosed\ntags: x\n---\nText.\n')).toEqual({
      ok: false,
      error: expect.stringMatching(/^malformed YAML front matter at line [45]: /),
    });
    expect(readSourceFrontMatter('---\ntitle: Fine\nsummary: "unclosed\n---\nText.\n')).toEqual({ ok: false, error: expect.stringMatching(/^malformed YAML front matter at line 3: Missing closing "quote/) });
  });
});
