import MarkdownIt from "markdown-it";

/**
 * One renderer for every article body. Raw HTML is off (wire copy is not trusted: a
 * <script> in a body is shown as text, not run) and the typographer is off, because it
 * would rewrite quotes and dashes and the article text must be published word for word.
 */
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

/** What a caller adds to rendering: `image` returns the markup of `![alt](src)`, or undefined for markdown-it's own <img>. */
export interface RenderEnv {
  image?: (src: string, alt: string, title: string) => string | undefined;
}

const defaultImage = markdown.renderer.rules.image!;
markdown.renderer.rules.image = (tokens, idx, options, env, self) => {
  const token = tokens[idx]!;
  const hook = (env as RenderEnv | undefined)?.image;
  const custom = hook?.(String(token.attrGet("src") ?? ""), self.renderInlineAsText(token.children ?? [], options, env), String(token.attrGet("title") ?? ""));
  return custom ?? defaultImage(tokens, idx, options, env, self);
};

export function renderMarkdown(source: string, env: RenderEnv = {}): string {
  return markdown.render(source, { ...env });
}

type Token = ReturnType<typeof markdown.parse>[number];

function inlineText(tokens: readonly Token[]): string {
  let text = "";
  for (const token of tokens) {
    if (token.type === "text" || token.type === "code_inline") text += token.content;
    else if (token.type === "softbreak" || token.type === "hardbreak") text += " ";
    else if (token.type === "image") text += inlineText(token.children ?? []);
  }
  return text;
}

/** The plain text of each paragraph of a Markdown body, in order (markup removed, words kept). */
export function paragraphTexts(source: string): string[] {
  const tokens = markdown.parse(source, {});
  const paragraphs: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token?.type === "paragraph_open") {
      const inline = tokens[i + 1];
      if (inline?.type === "inline") paragraphs.push(inlineText(inline.children ?? []).trim());
    }
  }
  return paragraphs.filter((p) => p.length > 0);
}

export function countWords(text: string): number {
  const matches = text.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’‑-]*/gu);
  return matches ? matches.length : 0;
}
