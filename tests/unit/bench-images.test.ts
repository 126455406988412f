import { describe, expect, it } from "vitest";
import { generateArticles } from "../../bench/generate.ts";
import { BENCH_IMAGE_COUNT, benchImageSrc } from "../../bench/images.ts";
import { parseArticle } from "../../src/model/content.ts";

describe("the bench generator's lead images", () => {
  const plain = [...generateArticles({ count: 30, seed: 7 })];
  const pictured = [...generateArticles({ count: 30, seed: 7, leadImageEvery: 3 })];

  it("gives every third article a lead image that the archive accepts, from a few shared photos", () => {
    const images = pictured.map((article) => {
      const parsed = parseArticle(`articles/${article.file}`, article.text);
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
      return parsed.record.image;
    });
    expect(images.filter(Boolean)).toHaveLength(10);
    images.forEach((image, index) => expect(Boolean(image)).toBe(index % 3 === 0));
    expect(new Set(images.filter(Boolean).map((image) => image!.src))).toEqual(new Set(Array.from({ length: BENCH_IMAGE_COUNT }, (_, i) => benchImageSrc(i))));
    expect(images[0]).toMatchObject({ alt: expect.stringMatching(/\S/), caption: expect.any(String), credit: expect.any(String) });
  });

  it("leaves the rest of the archive as it is without images", () => {
    expect(pictured.map((a) => a.file)).toEqual(plain.map((a) => a.file));
    expect(pictured.map((a) => a.text.replace(/\nimage: .*\n/, "\n"))).toEqual(plain.map((a) => a.text));
    expect(plain.some((a) => a.text.includes("image:"))).toBe(false);
  });
});
