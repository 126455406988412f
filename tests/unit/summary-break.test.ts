import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/model/content.ts";
import { paragraphTexts, renderMarkdown } from "../../src/model/markdown.ts";

const article = (front: string, body: string) => parseArticle("articles/2026/2026-02-26-x.md", `---\ntitle: X\ndate: 2026-02-26\n${front}---\n\n${body}`);

describe("the <!--more--> summary break", () => {
  it("makes the text before it the summary when there is no summary key, and is not shown", () => {
    const result = article("", "Welcome [@alfredxing][] to the team.\n\nSecond part.\n\n<!--more-->\n\nThe rest.\n\n[@alfredxing]: https://example.org\n");
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.record.summary).toBe("Welcome @alfredxing to the team. Second part.");
    expect(renderMarkdown(result.record.body)).not.toContain("more");
    expect(paragraphTexts(result.record.body)).toEqual(["Welcome @alfredxing to the team.", "Second part.", "The rest."]);
  });

  it("gives way to a written summary, and stays text inside code", () => {
    const result = article("summary: Given.\n", "Lede.\n\n<!--more-->\n\n```\n<!--more-->\n```\n");
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.record.summary).toBe("Given.");
    expect(renderMarkdown(result.record.body)).toContain("&lt;!--more--&gt;");
  });

  it("keeps the review note an importer wrote, for the build's warning", () => {
    const result = article("review: headline drawn from the lede\n", "Text.\n");
    expect(result.ok && result.record.review).toBe("headline drawn from the lede");
  });
});

describe("Markdown that archives use", () => {
  it("renders footnotes, sub- and superscript and tables, and still shows raw HTML as text", () => {
    const html = renderMarkdown("H~2~O and 2^10^[^1]\n\n| a |\n| - |\n| 1 |\n\n<b>x</b>\n\n[^1]: A note.\n");
    expect(html).toContain("H<sub>2</sub>O and 2<sup>10</sup>");
    expect(html).toContain('<li id="fn1" class="footnote-item">');
    expect(html).toContain("<td>1</td>");
    expect(html).toContain("&lt;b&gt;x&lt;/b&gt;");
  });
});
