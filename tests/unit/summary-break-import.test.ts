import { describe, expect, it } from "vitest";
import { placeSummaryBreak } from "../../src/import/markdown-html.ts";

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
