import { describe, expect, it } from "vitest";
import { TAG_KINDS, vocabulary } from "../../src/_data/tags.ts";
import { createTagResolver, listedTags, resolveTags, tagKey } from "../../src/model/taxonomy.ts";

describe("the tag vocabulary", () => {
  it("names every entry once, with a kind and a usable slug", () => {
    const resolver = createTagResolver();
    expect(resolver.tags.length).toBe(vocabulary.length);
    for (const tag of resolver.tags) {
      expect(TAG_KINDS).toContain(tag.kind);
      expect(tag.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it("resolves aliases and case variants to the canonical tag", () => {
    const resolver = createTagResolver();
    expect(resolver.lookup("U.S.")?.name).toBe("United States");
    expect(resolver.lookup("united states")?.name).toBe("United States");
    expect(resolver.lookup("IAEA")?.name).toBe("International Atomic Energy Agency");
    expect(resolver.lookup("Badr al\u2011Busaidi")?.slug).toBe("badr-al-busaidi");
    expect(resolver.lookup("Abbas Araghchi")?.kind).toBe("person");
    expect(resolver.lookup("Geneva")?.kind).toBe("place");
    expect(resolver.lookup("Something new")).toBeUndefined();
  });

  it("rejects a vocabulary that gives one name to two tags", () => {
    expect(() =>
      createTagResolver([
        { name: "Iran", kind: "place" },
        { name: "Persia", kind: "place", aliases: ["iran"] },
      ]),
    ).toThrow(/names both/);
    expect(() =>
      createTagResolver([
        { name: "C++", kind: "topic" },
        { name: "C", kind: "topic" },
      ]),
    ).toThrow(/share the URL slug/);
  });
});

describe("resolving articles' tags", () => {
  it("merges case and white-space variants of an unknown tag into one topic, named as first written", () => {
    const { tagsOf, problems } = resolveTags([
      { sourcePath: "a.md", tags: ["Climate Policy", "U.S."] },
      { sourcePath: "b.md", tags: ["climate  policy", "CLIMATE POLICY", "USA"] },
    ]);
    expect(problems).toEqual([]);
    expect(tagsOf[0]?.map((t) => t.name)).toEqual(["Climate Policy", "United States"]);
    expect(tagsOf[1]?.map((t) => t.name)).toEqual(["Climate Policy", "United States"]);
    expect(tagsOf[0]?.[0]).toBe(tagsOf[1]?.[0]);
    expect(tagsOf[0]?.[0]?.kind).toBe("topic");
  });

  it("reports two different names that would share one tag page, naming both files", () => {
    const { problems } = resolveTags([
      { sourcePath: "articles/a.md", tags: ["New York"] },
      { sourcePath: "articles/b.md", tags: ["New-York"] },
      { sourcePath: "articles/c.md", tags: ["United-States"] },
    ]);
    expect(problems).toHaveLength(2);
    expect(problems[0]?.file).toBe("articles/b.md");
    expect(problems[0]?.message).toContain("articles/a.md");
    expect(problems[1]?.message).toMatch(/tag vocabulary/);
  });

  it("reports a tag with nothing to make a URL from", () => {
    const { problems } = resolveTags([{ sourcePath: "a.md", tags: ["???"] }]);
    expect(problems[0]).toMatchObject({ file: "a.md", field: "tags" });
  });

  it("compares keys without case, spacing or typographic variants", () => {
    expect(tagKey("  Iran’s  Foreign\tMinistry ")).toBe(tagKey("iran's foreign ministry"));
  });
});

describe("tags a list entry shows", () => {
  it("shows three: people, then organisations, places and topics, each in the order written", () => {
    const { tagsOf } = resolveTags([{ sourcePath: "a.md", tags: ["Diplomacy", "Geneva", "Iran", "IAEA", "Sanctions", "Araghchi", "Witkoff"] }]);
    expect(listedTags(tagsOf[0]!).map((t) => t.name)).toEqual(["Abbas Araghchi", "Steve Witkoff", "International Atomic Energy Agency"]);
  });

  it("shows topics when there is nothing more specific, and all of a short list", () => {
    const { tagsOf } = resolveTags([{ sourcePath: "a.md", tags: ["Sanctions", "Energy", "Geneva"] }]);
    expect(listedTags(tagsOf[0]!).map((t) => t.name)).toEqual(["Geneva", "Sanctions", "Energy"]);
    expect(listedTags([])).toEqual([]);
  });
});

describe("tag URLs that fit every file system", () => {
  it("refuses a tag whose slug would be longer than 100 characters, even when its name is shorter", () => {
    // Each Han character romanises to a syllable: 40 characters make a slug of well over 100.
    const name = "中华人民共和国外交部发言人".repeat(3);
    const { tagsOf, problems } = resolveTags([{ sourcePath: "a.md", tags: [name, "Iran"] }]);
    expect(problems).toEqual([expect.objectContaining({ file: "a.md", field: "tags", message: expect.stringMatching(/-character URL slug; .* at most 100/) })]);
    expect(tagsOf[0]?.map((t) => t.name)).toEqual(["Iran"]);
  });
});
