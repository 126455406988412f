import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/model/content.ts";
import { bodyImages, imageReferences, resolveImageFile } from "../../src/images/references.ts";

const ROOT = "/site";
const ARTICLES = "/site/articles";
const ARTICLE = "/site/articles/2026/2026-02-26-story.md";

describe("where an image's src points", () => {
  it("is beside the article, in a folder below it, or up within the articles folder", () => {
    expect(resolveImageFile("photo.jpg", ARTICLE, ARTICLES)).toEqual({ ok: true, file: "/site/articles/2026/photo.jpg" });
    expect(resolveImageFile("maps/coast.png", ARTICLE, ARTICLES)).toEqual({ ok: true, file: "/site/articles/2026/maps/coast.png" });
    expect(resolveImageFile("../shared/crowd.jpg", ARTICLE, ARTICLES)).toEqual({ ok: true, file: "/site/articles/shared/crowd.jpg" });
  });

  it("starts from the articles folder when it starts with /", () => {
    expect(resolveImageFile("/shared/crowd.jpg", ARTICLE, ARTICLES)).toEqual({ ok: true, file: path.join(ARTICLES, "shared/crowd.jpg") });
  });

  it.each([
    ["https://example.org/photo.jpg", /not a file of the archive/],
    ["//example.org/photo.jpg", /not a file of the archive/],
    ["data:image/png;base64,AAAA", /not a file of the archive/],
    ["file:///etc/passwd", /not a file of the archive/],
    ["../../photo.jpg", /outside the articles folder/],
    ["/../photo.jpg", /outside the articles folder/],
    ["photo.jpg?w=300", /query/],
    ["  ", /no file name/],
  ])("refuses %s", (src, message) => {
    const resolved = resolveImageFile(src, ARTICLE, ARTICLES);
    expect(resolved.ok).toBe(false);
    if (!resolved.ok) expect(resolved.message).toMatch(message);
  });
});

describe("the images an article uses", () => {
  it("finds body images in order, inside links and lists too, and not in code", () => {
    const body = "Text ![One](a.jpg)\n\n- [![Two](b.png)](https://example.org)\n\n`![not](c.jpg)`\n\n    ![not](d.jpg)\n";
    expect(bodyImages(body)).toEqual([
      { src: "a.jpg", alt: "One" },
      { src: "b.png", alt: "Two" },
    ]);
  });

  it("names the article and the image for a body image without alt text", () => {
    const { references, problems } = imageReferences({ sourcePath: "articles/2026/2026-02-26-story.md", body: "![](a.jpg)" }, ROOT, ARTICLES);
    expect(references).toHaveLength(1);
    expect(problems).toEqual([{ file: "articles/2026/2026-02-26-story.md", field: "body", message: expect.stringMatching(/^image "a\.jpg" has no alt text/) }]);
  });

  it("decodes a body image's percent-encoded name to the file on disk", () => {
    const { references } = imageReferences({ sourcePath: "articles/2026/x.md", body: "![Alt](<my photo.jpg>)" }, ROOT, ARTICLES);
    expect(references[0]).toMatchObject({ src: "my photo.jpg", file: "/site/articles/2026/my photo.jpg", role: "body" });
  });
});

describe("the lead image in front matter", () => {
  const article = (image: string) => parseArticle("articles/2026/2026-02-26-x.md", `---\ntitle: X\ndate: 2026-02-26\nimage:\n${image}---\nText.\n`);

  it("keeps src, alt, caption and credit as written, trimmed", () => {
    const result = article("  src: photo.jpg\n  alt: ' A boat '\n  caption: <b>Boats</b>\n  credit: Jane Doe\n");
    expect(result.ok && result.record.image).toEqual({ src: "photo.jpg", alt: "A boat", caption: "<b>Boats</b>", credit: "Jane Doe" });
  });

  it("leaves out an empty caption or credit", () => {
    const result = article("  src: photo.jpg\n  alt: A boat\n  caption:\n");
    expect(result.ok && result.record.image).toEqual({ src: "photo.jpg", alt: "A boat" });
  });

  it.each([
    ["a missing alt", "  src: photo.jpg\n", /alt is required/],
    ["an empty alt", "  src: photo.jpg\n  alt: ''\n", /alt is empty/],
    ["a missing src", "  alt: A boat\n", /src is required/],
    ["an unknown key", "  src: photo.jpg\n  alt: A boat\n  captoin: Boats\n", /captoin/],
    ["a plain string", "  photo.jpg\n", /image must be src, alt, caption and credit/],
  ])("stops at %s, naming the image field", (_name, image, message) => {
    const result = article(image);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems[0]).toMatchObject({ file: "articles/2026/2026-02-26-x.md", field: "image" });
      expect(result.problems.map((p) => p.message).join("\n")).toMatch(message);
    }
  });
});
