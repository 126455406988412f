import MarkdownIt from "markdown-it";
import { MORE_MARKER, referenceDefinitions, textBeforeMore } from "../model/markdown.ts";
import { htmlToMarkdown, leftOutNotes } from "./html-to-markdown.ts";

/**
 * Raw HTML inside a migrated Markdown body (a <div>, a <table>, a <kbd> in a sentence). The
 * archive shows raw HTML as text, so each top-level block holding any is rendered (with
 * the old site's HTML on) and turned back into Markdown by turndown. Blocks without HTML
 * stay exactly as written; `<!--more-->` stays the summary break.
 */
const withHtml = new MarkdownIt({ html: true, linkify: false, typographer: false });

type Token = ReturnType<typeof withHtml.parse>[number];

function holdsHtml(token: Token): boolean {
  if (token.type === "html_block") return !MORE_MARKER.test(token.content.trim());
  return token.type === "inline" && (token.children ?? []).some((child) => child.type === "html_inline" && !MORE_MARKER.test(child.content.trim()));
}

export interface HtmlConversion {
  markdown: string;
  notes: string[];
  /** Blocks that were converted. */
  converted: number;
}

/** Labels of the footnotes a body defines (`[^1]: …`). */
function footnoteLabels(lines: readonly string[]): Set<string> {
  return new Set(lines.flatMap((line) => /^ {0,3}\[\^([^\]\s]+)\]:/.exec(line)?.[1] ?? []));
}

/**
 * A footnote reference in a converted block ("— Rob Pike[^1]" in a quote holding a <cite>)
 * is plain text to the renderer used for the conversion, and turndown escapes its brackets:
 * it becomes a reference again when the body defines that footnote.
 */
function keepFootnoteReferences(markdown: string, footnotes: ReadonlySet<string>): string {
  if (!footnotes.size) return markdown;
  return markdown.replace(/\\\[\^([^\]\s\\]+)\\\]/g, (written, label: string) => (footnotes.has(label) ? `[^${label}]` : written));
}

export function convertEmbeddedHtml(body: string): HtmlConversion {
  const tokens = withHtml.parse(body, {});
  const lines = body.split("\n");
  const ranges: [number, number][] = [];
  let start = -1;
  let depth = 0;
  let html = false;
  for (const token of tokens) {
    if (depth === 0 && token.map) {
      start = token.map[0];
      html = false;
      if (token.nesting === 0) {
        if (holdsHtml(token)) ranges.push([token.map[0], token.map[1]]);
        continue;
      }
    }
    if (holdsHtml(token)) html = true;
    depth += token.nesting;
    if (depth === 0 && token.nesting === -1 && html && start >= 0) {
      const open = tokens.find((t) => t.map && t.map[0] === start && t.level === 0);
      if (open?.map) ranges.push([open.map[0], open.map[1]]);
    }
  }
  if (ranges.length === 0) return { markdown: body, notes: [], converted: 0 };
  const definitions = referenceDefinitions(lines);
  const footnotes = footnoteLabels(lines);
  const notes: string[] = [];
  const leftOut = new Map<string, number>();
  const out: string[] = [];
  let cursor = 0;
  for (const [from, to] of ranges) {
    if (from < cursor) continue;
    out.push(...lines.slice(cursor, from));
    const rendered = withHtml.render(`${lines.slice(from, to).join("\n")}\n\n${definitions}`);
    const converted = htmlToMarkdown(rendered);
    for (const [name, count] of converted.leftOut) leftOut.set(name, (leftOut.get(name) ?? 0) + count);
    for (const note of converted.notes) if (!notes.includes(note)) notes.push(note);
    out.push(keepFootnoteReferences(converted.markdown, footnotes), "");
    cursor = to;
  }
  out.push(...lines.slice(cursor));
  return { markdown: out.join("\n"), notes: [...leftOutNotes(leftOut), ...notes], converted: ranges.length };
}

export interface PlacedBreak {
  /** The body with its summary break where the archive reads one, every word kept. */
  body: string;
  /** For a break that was inside a paragraph, the text before it (`textBeforeMore`): what the old site used as the summary. */
  before?: string;
}

/**
 * The old site's first summary break (`<!--more-->`), placed where the archive reads one: a
 * paragraph holding the marker alone. Hugo and Jekyll also take a marker on the line right
 * under a paragraph (an HTML comment ends the paragraph there), which the archive would show
 * as text: blank lines are put around it. A marker inside a paragraph ("… summo.
 * <!--more-->Redit …") is taken out, and the text before it returned to serve as the summary.
 * Undefined when the body needs no change.
 */
export function placeSummaryBreak(body: string): PlacedBreak | undefined {
  if (!body.includes("<!--")) return undefined;
  const lines = body.split("\n");
  for (const token of withHtml.parse(body, {})) {
    if (token.type === "html_block" && MORE_MARKER.test(token.content.trim())) {
      if (!token.map || token.level > 0) return undefined;
      const [first, end] = token.map;
      const after = end < lines.length && lines[end]!.trim() !== "" ? [""] : [];
      const before = first > 0 && lines[first - 1]!.trim() !== "" ? [""] : [];
      if (!before.length && !after.length) return undefined;
      return { body: [...lines.slice(0, first), ...before, ...lines.slice(first, end), ...after, ...lines.slice(end)].join("\n") };
    }
    if (token.type !== "inline" || !token.map || MORE_MARKER.test(token.content.trim())) continue;
    if (!(token.children ?? []).some((child) => child.type === "html_inline" && MORE_MARKER.test(child.content.trim()))) continue;
    for (let line = token.map[0]; line < token.map[1]; line++) {
      const text = lines[line]!;
      const match = /<!--\s*more\s*-->/i.exec(text);
      if (!match) continue;
      const marked = [...lines.slice(0, line), text.slice(0, match.index), "", "<!--more-->", "", text.slice(match.index + match[0].length), ...lines.slice(line + 1)];
      lines[line] = text.slice(0, match.index) + text.slice(match.index + match[0].length);
      return { body: lines.join("\n"), before: textBeforeMore(marked.join("\n")) };
    }
  }
  return undefined;
}
