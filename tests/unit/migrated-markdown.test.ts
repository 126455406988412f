import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { convertEmbeddedHtml, placeSummaryBreak } from "../../src/import/markdown-html.ts";
import { referenceDefinitions } from "../../src/model/markdown.ts";
import { placeImages } from "../../src/import/images.ts";

describe("the summary break of a migrated post", () => {
  it("inside a paragraph is taken out, every word kept, and the text before it returned", () => {
    const body = "First paragraph.\n\nSecond starts here. <!--more-->It goes on\nover two lines.\n\nThird.";
    expect(placeSummaryBreak(body)).toEqual({
      body: "First paragraph.\n\nSecond starts here. It goes on\nover two lines.\n\nThird.",
      before: "First paragraph. Second starts here.",
    });
  });

  it("inside a paragraph is found on any of its lines, in any case and spacing", () => {
    expect(placeSummaryBreak("One line\nand <!-- MORE -->two.")).toEqual({ body: "One line\nand two.", before: "One line and" });
  });

  it("puts blank lines around a break on the line under a paragraph, which Hugo and Jekyll read as a break", () => {
    expect(placeSummaryBreak("Lede one.\n<!--more-->\nRest.")).toEqual({ body: "Lede one.\n\n<!--more-->\n\nRest." });
    expect(placeSummaryBreak("Lede one.\n<!--more-->\n\n## Next")).toEqual({ body: "Lede one.\n\n<!--more-->\n\n## Next" });
  });

  it("leaves a break on its own paragraph, code, and bodies without one as they are", () => {
    expect(placeSummaryBreak("Lede.\n\n<!--more-->\n\nRest. <!--more--> again")).toBeUndefined();
    expect(placeSummaryBreak("Write `<!--more-->` to break.\n\n    <!--more--> in code")).toBeUndefined();
    expect(placeSummaryBreak("No break here.")).toBeUndefined();
  });
});

describe("raw HTML in a migrated post's Markdown", () => {
  const body = "Intro.\n\n> Don't share memory.<br>\n> — <cite>Rob Pike[^1]</cite>\n\n[^1]: From a talk, [here](https://example.com).\n\nLast <kbd>Ctrl</kbd> line.\n\n[ref]: https://example.org\n";

  it("is converted block by block, each footnote's text kept once and its references kept as references", () => {
    const { markdown, converted } = convertEmbeddedHtml(body);
    expect(converted).toBe(2);
    expect(markdown).toContain("> — Rob Pike[^1]\n");
    expect(markdown.match(/From a talk/g)).toHaveLength(1);
    expect(markdown).toContain("Last Ctrl line.");
  });

  it("reports what it left out once per kind of element, however many blocks held one", () => {
    const charts = '<div class="chart"><noscript>Enable JavaScript.</noscript></div>\n\nText between.\n\n<div class="chart"><noscript>Enable JavaScript.</noscript><script>draw()</script></div>\n';
    expect(convertEmbeddedHtml(charts).notes).toEqual(["left out 2 <noscript> elements (not article text)", "left out 1 <script> element (not article text)"]);
  });

  it("resolves links through reference definitions, which footnotes are not", () => {
    expect(referenceDefinitions(body.split("\n"))).toBe("[ref]: https://example.org");
  });
});

describe("images a migrated post shows that are not found", () => {
  const none = () => undefined;

  it("become links to where they were, their alt text kept, and are reported", () => {
    const placed = placeImages("See ![The quay](https://old.example/quay.jpg) here, and ![](https://old.example/a%20b.png).", none);
    expect(placed.body).toBe("See [The quay](https://old.example/quay.jpg) here, and [a-b.png](https://old.example/a%20b.png).");
    expect(placed.missing).toEqual(["https://old.example/quay.jpg", "https://old.example/a%20b.png"]);
  });

  it("become their alt text when they were the whole text of a link, so no link sits in a link", () => {
    const placed = placeImages("- [![canola](https://old.example/canola2.jpg)](https://old.example/gallery/canola2/)", none);
    expect(placed.body).toBe("- [canola](https://old.example/gallery/canola2/)");
    expect(placed.missing).toEqual(["https://old.example/canola2.jpg"]);
  });
});

describe("images a migrated post shows, written as references", () => {
  const folder = mkdtempSync(path.join(os.tmpdir(), "reference-images-"));
  for (const name of ["cfg.png", "flow chart.png", "loop.png", "cfg_v2.png"]) writeFileSync(path.join(folder, name), "");
  const here = (src: string) => (src.startsWith("http") ? undefined : path.join(folder, decodeURIComponent(src)));

  it("are brought along like inline ones: full, collapsed and shortcut references, their titles kept", () => {
    const body = ['![The chart][cfg] ![Flow][] ![Loop] ![Badge][badge] ![Unknown][nothing]', "", '[cfg]: cfg.png "The graph"', "[flow]: <flow chart.png>", "[Loop]: loop.png", "[badge]: https://img.example/b.svg"].join("\n");
    const placed = placeImages(body, here);
    expect(placed.body.split("\n")[0]).toBe('![The chart](cfg.png "The graph") ![Flow](flow-chart.png) ![Loop](loop.png) [Badge](https://img.example/b.svg) ![Unknown][nothing]');
    expect(placed.assets.map((a) => path.basename(a.from))).toEqual(["cfg.png", "flow chart.png", "loop.png"]);
    expect(placed.missing).toEqual(["https://img.example/b.svg"]);
  });

  it("come along when a post only links to them, inside a linked image too; other links stay", () => {
    const placed = placeImages("[![Chart](cfg.png)](flow%20chart.png) [full size](loop.png \"Loop\") [gone](gone.png) [page](other.html)", here);
    expect(placed.body).toBe('[![Chart](cfg.png)](flow-chart.png) [full size](loop.png "Loop") [gone](gone.png) [page](other.html)');
    expect(placed.assets.map((a) => a.name)).toEqual(["cfg.png", "flow-chart.png", "loop.png"]);
  });

  it("are left alone in code, and an image brought along without alt text gets its file name's words", () => {
    const placed = placeImages("```\n![x][cfg]\n```\n\n![](cfg_v2.png)\n\n[cfg]: cfg.png", here);
    expect(placed.body).toBe("```\n![x][cfg]\n```\n\n![cfg v2](cfg_v2.png)\n\n[cfg]: cfg.png");
    expect(placed.undescribed).toEqual(["cfg_v2.png"]);
  });
});
