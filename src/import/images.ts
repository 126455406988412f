import { statSync } from "node:fs";
import path from "node:path";
import { PICTURE_FILE } from "../images/references.ts";

/**
 * Images a migrated body shows, brought beside the article: each `![alt](src)` whose file
 * is found locally is copied and referenced by its name; one that is not found becomes a
 * link to where it was, and is reported, so the words of its alt text stay and the build
 * never fetches anything. One that was already the whole text of a link (WordPress's
 * `[![canola](canola.jpg)](attachment page)`) becomes its alt text: a link in a link is
 * not Markdown, and its brackets and address would show as text. Reference-style images
 * (`![chart][cfg]` with `[cfg]: cfg.svg` below) are written inline first, so they are brought
 * along the same way; a copied image without alt text gets its file name's words, reported.
 */
export interface PlacedImages {
  body: string;
  assets: { name: string; from: string }[];
  missing: string[];
  /** Copied images that had no alt text: their sources. */
  undescribed: string[];
}

const IMAGE = /!\[((?:[^\]\\]|\\.)*)\]\(\s*<?([^)\s>]+)>?(\s+"[^"]*")?\s*\)/g;

/** A file name every file system and URL accepts. */
export function safeName(name: string): string {
  const decoded = (() => {
    try {
      return decodeURIComponent(name);
    } catch {
      return name;
    }
  })();
  return decoded.replace(/[^\w.-]+/g, "-").replace(/^[.-]+/, "") || "image";
}

/** The name a lead image is copied under: the body's copy of the same file, else its own name, kept apart from the body's. */
export function leadAsset(assets: { name: string; from: string }[], file: string): string {
  let name = assets.find((asset) => asset.from === file)?.name;
  if (!name) {
    name = safeName(path.basename(file));
    while (assets.some((asset) => asset.name === name)) name = `lead-${name}`;
    assets.push({ name, from: file });
  }
  return name;
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** An inline link, its text allowed one level of brackets (`[![alt](a.png)](a.svg)`), not an image. */
const LINK = /(?<!!)\[((?:[^[\]\\]|\\.|\[(?:[^[\]\\]|\\.)*\])*)\]\(\s*<?([^)\s>]+)>?(\s+"[^"]*")?\s*\)/g;

/** A link reference definition: `[label]: <src> "title"`. */
const DEFINITION = /^ {0,3}\[((?:[^\]\\]|\\.)+)\]:[ \t]*(?:<([^>\n]*)>|(\S+))(?:[ \t]+("[^"]*"|'[^']*'|\([^)]*\)))?[ \t]*$/gm;
/** `![alt][label]`, `![alt][]` and `![alt]` where no `(`, `[` or `:` follows. */
const REFERENCE_IMAGE = /!\[((?:[^\]\\]|\\.)*)\](?:\[((?:[^\]\\]|\\.)*)\]|(?![([:]))/g;

const label = (text: string) => text.replace(/\s+/g, " ").trim().toLowerCase();

/** Reference-style images as inline ones, so one rule brings every image along. */
function inlineReferenceImages(body: string): string {
  const definitions = new Map<string, { src: string; title: string }>();
  for (const match of body.matchAll(DEFINITION)) {
    const key = label(match[1]!);
    const title = match[4];
    if (!definitions.has(key)) definitions.set(key, { src: match[2] ?? match[3]!, title: title ? ` "${title.slice(1, -1).replace(/"/g, "'")}"` : "" });
  }
  if (definitions.size === 0) return body;
  return body.replace(REFERENCE_IMAGE, (whole, alt: string, ref: string | undefined) => {
    const found = definitions.get(label(ref || alt));
    return found ? `![${alt}](${found.src.replace(/[()\s]/g, encodeURIComponent)}${found.title})` : whole;
  });
}

/** `locate` gives the local file for an image source, or undefined. */
export function placeImages(body: string, locate: (src: string) => string | undefined): PlacedImages {
  const assets: { name: string; from: string }[] = [];
  const missing: string[] = [];
  const undescribed: string[] = [];
  const names = new Map<string, string>();
  const nameFor = (file: string): string => {
    let name = names.get(file);
    if (!name) {
      name = safeName(path.basename(file));
      while (assets.some((a) => a.name === name)) name = `${assets.length}-${name}`;
      names.set(file, name);
      assets.push({ name, from: file });
    }
    return name;
  };
  const fences: string[] = [];
  // Images inside code are code.
  const guarded = inlineReferenceImages(body.replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, (m) => `\u0000${fences.push(m) - 1}\u0000`));
  const replaced = guarded.replace(IMAGE, (whole, alt: string, src: string, title: string | undefined, at: number, text: string) => {
    const file = locate(src);
    if (file && isFile(file)) {
      const name = nameFor(file);
      if (!alt.trim()) {
        // The archive publishes no image without a description: the file's name stands in, to review.
        undescribed.push(src);
        return `![${path.parse(name).name.replace(/[-_.]+/g, " ").trim() || "image"}](${name}${title ?? ""})`;
      }
      return `![${alt}](${name}${title ?? ""})`;
    }
    missing.push(src);
    const words = alt || safeName(path.basename(src.split(/[?#]/)[0] ?? src));
    const linkText = text[at - 1] === "[" && text.startsWith("](", at + whole.length);
    return linkText ? words : `[${words}](${src})`;
  });
  // A link to a picture beside the post ("full size", a chart's SVG): the file comes along too, and the build links its published copy.
  const linked = replaced.replace(LINK, (whole, text: string, src: string, title: string | undefined) => {
    if (!PICTURE_FILE.test(src.split(/[?#]/)[0] ?? "")) return whole;
    const file = locate(src);
    if (!file || !isFile(file)) return whole;
    return `[${text}](${nameFor(file)}${title ?? ""})`;
  });
  return { body: linked.replace(/\u0000(\d+)\u0000/g, (_m, i: string) => fences[Number(i)] ?? ""), assets, missing, undescribed };
}
