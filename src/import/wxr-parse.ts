import { SaxesParser } from "saxes";

/**
 * A WordPress export (WXR, an RSS file with `wp:` elements) read with saxes into plain
 * records: the channel's link and authors, and each item's fields, post meta, terms and
 * number of comments.
 */
export interface WxrItem {
  /** Position in the export (1-based), for the report. */
  index: number;
  fields: Record<string, string>;
  meta: Record<string, string>;
  terms: { domain: string; name: string; nicename: string }[];
  comments: number;
}

export interface Wxr {
  link: string;
  authors: Map<string, string>;
  items: WxrItem[];
}

export type WxrResult = { ok: true; wxr: Wxr } | { ok: false; error: string };

export function parseWxr(text: string): WxrResult {
  const parser = new SaxesParser({ xmlns: false });
  const wxr: Wxr = { link: "", authors: new Map(), items: [] };
  const stack: string[] = [];
  let buffer = "";
  let item: WxrItem | undefined;
  let author: Record<string, string> | undefined;
  let meta: { key: string; value: string } | undefined;
  let term: { domain: string; nicename: string } | undefined;
  let isWxr = false;
  let error: string | undefined;

  parser.on("opentag", (tag) => {
    const name = tag.name;
    stack.push(name);
    buffer = "";
    if (name.startsWith("wp:")) isWxr = true;
    if (name === "item" && stack.length === 3) item = { index: wxr.items.length + 1, fields: {}, meta: {}, terms: [], comments: 0 };
    else if (name === "wp:author" && !item) author = {};
    else if (name === "wp:postmeta" && item) meta = { key: "", value: "" };
    else if (name === "wp:comment" && item) item.comments++;
    else if (name === "category" && item) term = { domain: String(tag.attributes.domain ?? "category"), nicename: String(tag.attributes.nicename ?? "") };
  });
  const onText = (text: string) => {
    buffer += text;
  };
  parser.on("text", onText);
  parser.on("cdata", onText);
  parser.on("closetag", (tag) => {
    const name = tag.name;
    const depth = stack.length;
    stack.pop();
    const value = buffer;
    buffer = "";
    if (!item && name === "link" && depth === 3 && stack[1] === "channel") wxr.link = value.trim();
    if (author) {
      if (name === "wp:author") {
        if (author["wp:author_login"]) wxr.authors.set(author["wp:author_login"].trim(), (author["wp:author_display_name"] ?? "").trim() || author["wp:author_login"].trim());
        author = undefined;
      } else author[name] = value;
      return;
    }
    if (!item) return;
    if (name === "item" && depth === 3) {
      wxr.items.push(item);
      item = undefined;
    } else if (meta && name === "wp:meta_key") meta.key = value.trim();
    else if (meta && name === "wp:meta_value") meta.value = value;
    else if (meta && name === "wp:postmeta") {
      if (meta.key) item.meta[meta.key] = meta.value;
      meta = undefined;
    } else if (term && name === "category") {
      item.terms.push({ ...term, name: value.trim() });
      term = undefined;
    } else if (depth === 4 && !stack.includes("wp:comment")) item.fields[name] = value;
  });
  parser.on("error", (e) => {
    error ??= e.message;
  });
  try {
    parser.write(text).close();
  } catch (e) {
    error ??= e instanceof Error ? e.message : String(e);
  }
  if (error) return { ok: false, error: `is not well-formed XML: ${error.split("\n")[0]}` };
  if (!isWxr) return { ok: false, error: "is XML but not a WordPress export (no wp: elements)" };
  return { ok: true, wxr };
}
