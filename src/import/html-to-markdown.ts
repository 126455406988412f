import TurndownService from "turndown";

/**
 * HTML of a migrated post (WordPress content, raw HTML inside Jekyll or Hugo Markdown) as
 * Markdown, with turndown. The archive shows raw HTML as text, so HTML must become Markdown
 * at import. What has no Markdown form is reported, never dropped silently: scripts, styles
 * and forms are left out and counted; embedded frames become links to what they showed.
 */
export interface Converted {
  markdown: string;
  /** What an editor should know about the conversion, e.g. "an embedded <iframe> became a link". */
  notes: string[];
  /** Elements left out, by name (`leftOutNotes` words them), so several conversions of one post report them once. */
  leftOut: Map<string, number>;
  /** Every image source the HTML used, as written. */
  images: string[];
}

/** Elements whose content is not article text. */
const LEFT_OUT = ["script", "style", "noscript", "form", "button", "input", "select", "textarea", "object", "embed"] as const;

function tableToMarkdown(table: HTMLElement, service: TurndownService): string | undefined {
  const rows = Array.from(table.querySelectorAll("tr"));
  if (rows.length === 0) return undefined;
  const cells = rows.map((row) =>
    Array.from(row.children)
      .filter((cell) => cell.nodeName === "TD" || cell.nodeName === "TH")
      .map((cell) => service.turndown((cell as HTMLElement).innerHTML).replace(/\n+/g, " ").replace(/\|/g, "\\|").trim()),
  );
  const width = Math.max(...cells.map((row) => row.length));
  if (width === 0) return undefined;
  const line = (row: string[]) => `| ${Array.from({ length: width }, (_, i) => row[i] ?? "").join(" | ")} |`;
  const [head, ...body] = cells;
  return `\n\n${[line(head!), line(Array.from({ length: width }, () => "---")), ...body.map(line)].join("\n")}\n\n`;
}

export function htmlToMarkdown(html: string): Converted {
  const notes: string[] = [];
  const images: string[] = [];
  const leftOut = new Map<string, number>();
  const service = new TurndownService({ headingStyle: "atx", codeBlockStyle: "fenced", bulletListMarker: "-", emDelimiter: "*", hr: "---" });
  service.remove((node) => {
    const name = node.nodeName.toLowerCase();
    if (!(LEFT_OUT as readonly string[]).includes(name)) return false;
    leftOut.set(name, (leftOut.get(name) ?? 0) + 1);
    return true;
  });
  service.addRule("frame", {
    filter: ["iframe", "video", "audio"],
    replacement: (_content, node) => {
      const element = node as HTMLElement;
      const src = element.getAttribute("src") ?? element.querySelector("source")?.getAttribute("src") ?? "";
      notes.push(`an embedded <${element.nodeName.toLowerCase()}> became a link${src ? ` to ${src}` : ""}`);
      return src ? `[${element.getAttribute("title") || src}](${src})` : "";
    },
  });
  service.addRule("image", {
    filter: "img",
    replacement: (_content, node) => {
      const element = node as HTMLElement;
      const src = element.getAttribute("src") ?? "";
      if (!src) return "";
      images.push(src);
      const alt = (element.getAttribute("alt") ?? "").replace(/[\[\]\\]/g, "\\$&").replace(/\s+/g, " ");
      const title = element.getAttribute("title");
      return `![${alt}](${src.replace(/[ ()]/g, encodeURIComponent)}${title ? ` "${title.replace(/"/g, '\\"')}"` : ""})`;
    },
  });
  service.addRule("table", {
    filter: "table",
    replacement: (content, node) => tableToMarkdown(node as HTMLElement, service) ?? `\n\n${content}\n\n`,
  });
  // Superscript and subscript have Markdown forms here (markdown-it-sup, markdown-it-sub).
  service.addRule("sup", { filter: "sup", replacement: (content) => (content.trim() && !/\s/.test(content) ? `^${content}^` : content) });
  service.addRule("sub", { filter: "sub", replacement: (content) => (content.trim() && !/\s/.test(content) ? `~${content}~` : content) });
  service.addRule("strike", { filter: (node) => ["DEL", "S", "STRIKE"].includes(node.nodeName), replacement: (content) => `~~${content}~~` });
  const markdown = service.turndown(html).replace(/\n{3,}/g, "\n\n").trim();
  return { markdown, notes, leftOut, images };
}

export function leftOutNotes(leftOut: ReadonlyMap<string, number>): string[] {
  return [...leftOut].map(([name, count]) => `left out ${count} <${name}> element${count === 1 ? "" : "s"} (not article text)`);
}

const BLOCK = /^<\/?(?:address|article|aside|blockquote|div|dl|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|table|tbody|td|tfoot|th|thead|tr|ul|iframe|script|style|!--)/i;

/**
 * WordPress stores post content with paragraphs as blank lines and line breaks as single
 * newlines (its `wpautop` adds the tags when it shows the post); the same here, so the
 * paragraphs and breaks survive the conversion. Text inside <pre> is left as it is.
 */
export function autop(content: string): string {
  const text = content.replace(/\r\n?/g, "\n");
  const pre: string[] = [];
  const guarded = text.replace(/<pre[\s>][\s\S]*?<\/pre>/gi, (match) => `\u0000${pre.push(match) - 1}\u0000`);
  const html = guarded
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map((chunk) => (BLOCK.test(chunk) || /^\u0000\d+\u0000$/.test(chunk) ? chunk : `<p>${chunk.replace(/\n/g, "<br>\n")}</p>`))
    .join("\n");
  return html.replace(/\u0000(\d+)\u0000/g, (_m, i: string) => pre[Number(i)] ?? "");
}
