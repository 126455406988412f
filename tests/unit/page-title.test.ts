import { describe, expect, it } from "vitest";
import { documentTitle, MAX_TITLE_LENGTH } from "../../src/render/page-title.ts";

describe("document titles", () => {
  it("is the site's name on the home page", () => {
    expect(documentTitle("Latest articles", "News Archive", true)).toBe("News Archive");
  });

  it("adds the site's name when it fits", () => {
    expect(documentTitle("Tags", "News Archive")).toBe("Tags · News Archive");
  });

  it("drops the site's name rather than the headline when both do not fit", () => {
    const headline = "US and Iran end Geneva round with “significant progress”, Oman says";
    expect(documentTitle(headline, "News Archive")).toBe(headline);
  });

  it("cuts a very long headline at a word, with an ellipsis, within the limit", () => {
    const headline =
      "Negotiators from both delegations agree to resume technical discussions in Vienna next week after an intensive day";
    const title = documentTitle(headline, "News Archive");
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(title.endsWith("…")).toBe(true);
    expect(headline.startsWith(title.slice(0, -1))).toBe(true);
    expect(headline[title.length - 1]).toBe(" ");
  });

  it("never splits a character outside the Basic Multilingual Plane", () => {
    const title = documentTitle("𝐀".repeat(80), "News Archive");
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(title).toBe(`${"𝐀".repeat(34)}…`);
  });
});
