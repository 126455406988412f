import * as cheerio from "cheerio";
import { describe, expect, it } from "vitest";
import { splitParagraphs } from "../../src/import/dispatch-text.ts";
import { literalMarkdown, literalParagraph, verbatimHtml } from "../../src/import/literal-markdown.ts";
import { renderMarkdown } from "../../src/model/markdown.ts";
import { seedDispatch } from "../helpers/build.ts";

/** What a reader sees: each rendered block's tag and text. */
function published(paragraphs: readonly string[]): { tag: string; text: string; children: number }[] {
  const $ = cheerio.load(renderMarkdown(literalMarkdown(paragraphs)), null, false);
  return $.root()
    .children()
    .toArray()
    .map((element) => ({ tag: element.tagName, text: $(element).text(), children: $(element).children().length }));
}

const TRICKY = [
  "*emphasis* and **strong** and _under_ and __score__ and snake_case_name",
  "`code` and ``double`` and a lone ` tick",
  "[a link](https://example.com) and ![an image](x.png) and [ref][1] and [1]: https://example.com",
  "[1]: https://example.com \"a reference definition\"",
  "<script>alert(1)</script> <img src=x onerror=alert(1)> <http://example.com> <b>bold</b>",
  "AT&T &amp; &copy; &#169; &#xA9; &nbsp; & ; &&",
  "# not a heading",
  "## not one either ##",
  "> not a quote",
  "- not a list",
  "+ not a list",
  "* not a list",
  "1. not a list",
  "2026) not a list",
  "123456789. still not a list",
  "---",
  "***",
  "___",
  "===",
  "Setext\n===",
  "Setext\n---",
  "~~~\nnot a fence\n~~~",
  "```js\nnot a fence\n```",
  "~~not struck~~ and ~single~",
  "| a | b |\n|---|---|\n| 1 | 2 |",
  "a | b\n--|--\n1 | 2",
  "back\\slash \\* \\\\ and a hard break\\\nnext line",
  "trailing double spaces  \nare not a line break",
  "line one\nline two\nline three",
  "\\",
  "{{ title }} {% if %} {# c #} ${x} %}",
  "javascript:alert(1) www.example.com https://example.com",
  "\"quotes\" 'single' “curly” ‘too’ -- --- ... (c) (tm) +-",
  "Persian: مذاکرات ژنو and Greek: Γενεύη",
  ":emoji: 😀 and a non-breaking\u00a0space",
  "10 * 3 = 30 and 2 < 3 > 1",
  "[unclosed and ]closed",
  "-",
  "#hashtag at the start",
  "    four spaces are not code",
];

describe("literalMarkdown publishes text word for word", () => {
  for (const paragraph of TRICKY) {
    it(JSON.stringify(paragraph), () => {
      const [expected] = splitParagraphs(paragraph);
      const blocks = published([expected!]);
      expect(blocks).toEqual([{ tag: "p", text: expected!, children: 0 }]);
    });
  }

  it("keeps every tricky paragraph apart and in order in one body", () => {
    const paragraphs = TRICKY.flatMap((p) => splitParagraphs(p));
    expect(published(paragraphs)).toEqual(paragraphs.map((text) => ({ tag: "p", text, children: 0 })));
    expect(renderMarkdown(literalMarkdown(paragraphs))).toBe(verbatimHtml(paragraphs));
  });

  it("publishes the seed dispatch verbatim", async () => {
    const { paragraphs } = await seedDispatch();
    expect(published(paragraphs)).toEqual(paragraphs.map((text) => ({ tag: "p", text, children: 0 })));
  });

  it("escapes only what Markdown could read as syntax", async () => {
    const { paragraphs } = await seedDispatch();
    expect(literalMarkdown(paragraphs)).toBe(`${paragraphs.join("\n\n")}\n`);
    expect(literalParagraph("AT&T said 2 + 2 = 4.")).toBe("AT&T said 2 + 2 = 4.");
  });

  it("holds for 5,000 random mixtures of Markdown syntax", () => {
    const pieces = ["a", "b", " ", "  ", "\t", "\n", "\n\n", "*", "_", "`", "[", "]", "(", ")", "<", ">", "&", "amp;", "#", "#38;", "-", "+", "=",
      "1.", "2)", "\\", "|", "~", "!", ":", "http://x.y", "\"", "---", "    ", "\u00a0", "é", "{{", "}}", "|-|", ":-:", "[a]: /u", "&copy;"];
    let state = 20260226;
    const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
    let checked = 0;
    for (let i = 0; i < 5000; i++) {
      let text = "";
      const length = 1 + Math.floor(random() * 24);
      for (let j = 0; j < length; j++) text += pieces[Math.floor(random() * pieces.length)];
      const paragraphs = splitParagraphs(text);
      if (paragraphs.length === 0) continue;
      checked++;
      const html = renderMarkdown(literalMarkdown(paragraphs));
      if (html !== verbatimHtml(paragraphs)) expect({ text, html }).toEqual({ text, html: verbatimHtml(paragraphs) });
    }
    expect(checked).toBeGreaterThan(4000);
  });
});
