import MarkdownIt from "markdown-it";
import footnote from "markdown-it-footnote";
import sub from "markdown-it-sub";
import sup from "markdown-it-sup";

/**
 * One renderer for every article body. Raw HTML is off (wire copy is not trusted: a
 * <script> in a body is shown as text, not run) and the typographer is off, because it
 * would rewrite quotes and dashes and the article text must be published word for word.
 * Footnotes, sub/superscript and tables (built in) are what migrated archives use; a
 * paragraph that is only `<!--more-->` is the summary break of Jekyll, Hugo and WordPress
 * and is not shown.
 */
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false }).use(footnote).use(sub).use(sup);

/** What a caller adds to rendering: `image` returns the markup of `![alt](src)`, or undefined for markdown-it's own <img>. */
export interface RenderEnv {
  image?: (src: string, alt: string, title: string) => string | undefined;
  /** Where a link of the body goes on the published page, from its target as written (normalised by markdown-it). */
  link?: (href: string) => string;
}

const defaultImage = markdown.renderer.rules.image!;
markdown.renderer.rules.image = (tokens, idx, options, env, self) => {
  const token = tokens[idx]!;
  const hook = (env as RenderEnv | undefined)?.image;
  const custom = hook?.(String(token.attrGet("src") ?? ""), self.renderInlineAsText(token.children ?? [], options, env), String(token.attrGet("title") ?? ""));
  return custom ?? defaultImage(tokens, idx, options, env, self);
};

/** The summary break: a paragraph holding only `<!--more-->` (any spacing, any case). */
export const MORE_MARKER = /^<!--\s*more\s*-->$/i;

// The back-reference is an arrow only: name it for screen readers.
markdown.renderer.rules.footnote_anchor = (tokens, idx, options, env, self) => {
  const id = self.rules.footnote_anchor_name?.(tokens, idx, options, env, self) ?? "";
  const subId = Number((tokens[idx]?.meta as { subId?: number } | null)?.subId ?? 0);
  const sub = subId > 0 ? `:${subId}` : "";
  return ` <a href="#fnref${id}${sub}" class="footnote-backref" aria-label="Back to the text of note ${id}">\u21a9\uFE0E</a>`;
};

const defaultLinkOpen = markdown.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
markdown.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const link = (env as RenderEnv | undefined)?.link;
  const token = tokens[idx]!;
  const target = token.attrGet("href");
  if (link && target) token.attrSet("href", link(String(target)));
  return defaultLinkOpen(tokens, idx, options, env, self);
};

type Token = ReturnType<typeof markdown.parse>[number];

interface MoreEnv {
  /** Line (0-based) of the first summary break, set while parsing. */
  moreLine?: number;
  [key: string | symbol]: unknown;
}

// After block parsing (so a marker inside code stays code), before inline parsing.
markdown.core.ruler.after("block", "summary_break", (state) => {
  const tokens = state.tokens;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const open = tokens[i]!;
    const inline = tokens[i + 1]!;
    if (open.type !== "paragraph_open" || inline.type !== "inline" || !MORE_MARKER.test(inline.content.trim())) continue;
    const env = state.env as MoreEnv;
    if (env.moreLine === undefined && open.map) env.moreLine = open.map[0];
    tokens.splice(i, 3);
    i--;
  }
});

/**
 * Footnote ids are `fn1`, `fnref1`…; one body is rendered per page, so they are unique on it.
 * The `env` object is fresh for each call, so numbering restarts with each body.
 */
export function renderMarkdown(source: string, env: RenderEnv = {}): string {
  return markdown.render(source, { ...env });
}

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

/** What each link of a body points to, as markdown-it reads it (so a URL in code is not a link), and how it writes a URL. */
export function linkTargets(source: string): Set<string> {
  const targets = new Set<string>();
  const visit = (tokens: readonly Token[]) => {
    for (const token of tokens) {
      if (token.type === "link_open") targets.add(String(token.attrGet("href") ?? ""));
      if (token.children) visit(token.children);
    }
  };
  visit(markdown.parse(source, {}));
  return targets;
}

export const normalizeLink = (url: string): string => markdown.normalizeLink(url);

/**
 * The text before the summary break (`<!--more-->`), as one line of plain text, or
 * undefined when the body has no break. Reference definitions anywhere in the body count,
 * so `[@alfredxing][]` before the break reads as its words.
 */
export function textBeforeMore(source: string): string | undefined {
  // A body without both `<!--` and "more" holds no break, and most have none: not parsing them
  // saved a seventh of the time spent reading an archive.
  if (!source.includes("<!--") || !/more/i.test(source)) return undefined;
  const env: MoreEnv = {};
  markdown.parse(source, env);
  if (env.moreLine === undefined) return undefined;
  const lines = source.split("\n");
  const before = lines.slice(0, env.moreLine).join("\n");
  const definitions = referenceDefinitions(lines.slice(env.moreLine));
  const text = paragraphTexts(`${before}\n\n${definitions}`).join(" ").replace(/\s+/g, " ").trim();
  return text || undefined;
}

/**
 * Lines that define link references (`[name]: /url`), so a part of a body can resolve its
 * links. Footnotes (`[^1]: text`) are not references: copied along, their text would be
 * read as part of that body.
 */
export function referenceDefinitions(lines: readonly string[]): string {
  return lines.filter((line) => /^ {0,3}\[(?!\^)[^\]]+\]:\s*\S/.test(line)).join("\n");
}

/** The text with Markdown's character references decoded (`&#1575;` is the letter it names). */
export function decodeCharacterReferences(source: string): string {
  return source.includes("&") ? markdown.utils.unescapeAll(source) : source;
}

export function countWords(text: string): number {
  const matches = text.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’‑-]*/gu);
  return matches ? matches.length : 0;
}
