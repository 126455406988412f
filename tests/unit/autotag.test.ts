import { describe, expect, it } from "vitest";
import { vocabulary, type TagDefinition } from "../../src/_data/tags.ts";
import { createTagger, suggestTags } from "../../src/import/autotag.ts";
import { seedDispatch } from "../helpers/build.ts";

describe("suggestTags", () => {
  it("finds canonical names and resolves aliases to them", () => {
    expect(suggestTags("Talks in Tehran and Muscat; the IAEA watched.")).toEqual(["Iran", "Oman", "International Atomic Energy Agency"]);
    expect(suggestTags("President Trump spoke.")).toEqual(["Donald Trump"]);
  });

  it("matches whole words only", () => {
    expect(suggestTags("Iranian officials, a trumpet, Omani ports, Americans, Warsaw, gasoline, oily, unvote")).toEqual([]);
    expect(suggestTags("Iran's envoy")).toEqual(["Iran"]);
  });

  it("matches words case-insensitively, but abbreviations only in capitals", () => {
    expect(suggestTags("let us talk; the un-official ap-proach; eu and uk")).toEqual([]);
    expect(suggestTags("The US and the UN, said AP.")).toEqual(["United States", "United Nations", "Associated Press"]);
    expect(suggestTags("GENEVA and geneva")).toEqual(["Geneva"]);
    expect(suggestTags("u.s. policy")).toEqual([]);
    expect(suggestTags("U.S. policy and U.S.-Iran talks")).toEqual(["United States", "Iran"]);
  });

  it("tolerates typographic hyphens, apostrophes and line breaks inside names", () => {
    expect(suggestTags("Badr al\u2011Busaidi said")).toEqual(["Badr al-Busaidi"]);
    expect(suggestTags("Iran\u2019s Foreign Ministry said")).toEqual(["Iranian Foreign Ministry"]);
    expect(suggestTags("the Middle\nEast")).toEqual(["Middle East"]);
  });

  it("lets the longest spelling win where spellings overlap", () => {
    expect(suggestTags("the UN Security Council met")).toEqual(["UN Security Council"]);
    expect(suggestTags("the US State Department said")).toEqual(["US State Department"]);
    expect(suggestTags("the United States of America")).toEqual(["United States"]);
  });

  it("lists tags in the vocabulary's order, each once, whatever the text's order", () => {
    const a = suggestTags("Geneva, then Iran, then Diplomacy, then Geneva again.");
    const b = suggestTags("Diplomacy in Iran. Geneva.");
    expect(a).toEqual(["Diplomacy", "Iran", "Geneva"]);
    expect(b).toEqual(a);
  });

  it("suggests the seed's people, places, organisations and topics, and nothing from 'us'", async () => {
    const { paragraphs } = await seedDispatch();
    const tags = suggestTags(paragraphs.join("\n\n"));
    expect(tags).toEqual(expect.arrayContaining([
      "United States", "Iran", "Oman", "Geneva", "Vienna", "Israel", "Middle East",
      "Donald Trump", "Jared Kushner", "Steve Witkoff", "Badr al-Busaidi", "Esmail Baghaei", "Abbas Araghchi",
      "International Atomic Energy Agency", "Associated Press", "Axios", "Iranian Foreign Ministry",
      "Sanctions", "Satellite imagery", "Missiles", "Nuclear programme",
    ]));
    expect(tags).not.toContain("United Nations");
    const names = new Set(vocabulary.map((t) => t.name));
    for (const tag of tags) expect(names.has(tag)).toBe(true);
  });

  it("works with any vocabulary", () => {
    const own: TagDefinition[] = [
      { name: "Bern", kind: "place", aliases: ["BE"] },
      { name: "C++", kind: "topic" },
    ];
    const tagger = createTagger(own);
    expect(tagger.suggest("in Bern, BE, about C++")).toEqual(["Bern", "C++"]);
    expect(tagger.suggest("be careful, bernese")).toEqual([]);
  });
});
