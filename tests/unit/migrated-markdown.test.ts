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
