/**
 * Precision and recall of the auto-tagger on short news items written for this test, each
 * with the tags an editor would give it: traps ("US dollar", "AOL Europe", "technology
 * correspondent", "a wide gulf") and names in Persian, Arabic, Russian and Chinese.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { suggestTags } from "../../src/import/autotag.ts";
import { FIXTURES } from "../helpers/build.ts";

interface Item {
  text: string;
  tags: string[];
}

describe("auto-tagging on realistic copy", () => {
  it("is precise and finds most of what an editor would tag, in every script", async () => {
    const { items } = JSON.parse(await readFile(path.join(FIXTURES, "autotag/items.json"), "utf8")) as { items: Item[] };
    expect(items.length).toBeGreaterThanOrEqual(30);
    let truePositives = 0;
    let suggested = 0;
    let expected = 0;
    const wrong: string[] = [];
    for (const item of items) {
      const tags = suggestTags(item.text);
      suggested += tags.length;
      expected += item.tags.length;
      for (const tag of tags) {
        if (item.tags.includes(tag)) truePositives++;
        else wrong.push(`${tag} ← ${item.text}`);
      }
    }
    const precision = truePositives / suggested;
    const recall = truePositives / expected;
    console.log(`auto-tagging: precision ${(precision * 100).toFixed(1)} %, recall ${(recall * 100).toFixed(1)} % on ${items.length} items`);
    expect(wrong).toEqual([]);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.85);
  });

  it("never tags a place from a longer name, nor a topic from a job title", () => {
    expect(suggestTags("The US dollar fell.")).toEqual([]);
    expect(suggestTags("AOL Europe grew.")).toEqual([]);
    expect(suggestTags("Our technology correspondent reports.")).toEqual([]);
    expect(suggestTags("In Europe, technology firms grew.")).toEqual(["Technology", "Europe"]);
  });

  it("finds names written in other scripts, with their case endings and clitics", () => {
    expect(suggestTags("ایران و آمریکا")).toEqual(["United States", "Iran"]);
    expect(suggestTags("وإيران")).toEqual(["Iran"]);
    expect(suggestTags("в Иране и США")).toEqual(["United States", "Iran"]);
    expect(suggestTags("伊朗核问题")).toEqual(["Iran"]);
  });
});
