/**
 * Maps a request target to a file of the built site, and nothing else: the raw path is
 * decoded once (bad encoding is a 400), every segment is checked (no `..`, `.`, dot-files,
 * NUL or backslash), the joined path must lie inside the output folder, and so must its
 * real path, so a symbolic link cannot lead out of it either. Upstream's dev server got
 * this wrong (11ty/eleventy-dev-server#150, #152); this module is why ours is our own.
 */
import { realpath, stat } from "node:fs/promises";
import path from "node:path";

export type Resolution =
  | { kind: "file"; file: string }
  | { kind: "redirect"; location: string }
  | { kind: "bad-request" }
  | { kind: "not-found" };

/** The decoded path segments below `prefix`, or why there are none. */
export function segmentsOf(target: string, prefix: string): string[] | "bad-request" | "outside" {
  if (!target.startsWith("/")) return "bad-request";
  const rawPath = target.split(/[?#]/, 1)[0]!;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return "bad-request";
  }
  if (/[\0\\]/.test(decoded)) return "bad-request";
  if (!decoded.startsWith(prefix)) return "outside";
  const segments = decoded.slice(prefix.length).split("/");
  // The last segment may be empty ("dir/"); any other empty segment ("a//b") is refused.
  for (const [i, segment] of segments.entries()) {
    if (segment === "" && i === segments.length - 1) continue;
    if (segment === "" || segment.startsWith(".")) return "bad-request";
  }
  return segments;
}

function inside(root: string, file: string): boolean {
  return file === root || file.startsWith(root + path.sep);
}

async function realInside(root: string, file: string): Promise<string | undefined> {
  try {
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(file)]);
    return inside(realRoot, realFile) ? realFile : undefined;
  } catch {
    return undefined;
  }
}

async function kindOf(file: string): Promise<"file" | "directory" | undefined> {
  const info = await stat(file).catch(() => undefined);
  return info?.isFile() ? "file" : info?.isDirectory() ? "directory" : undefined;
}

export async function resolveRequest(root: string, prefix: string, target: string): Promise<Resolution> {
  const segments = segmentsOf(target, prefix);
  if (segments === "bad-request") return { kind: "bad-request" };
  if (segments === "outside") {
    // `/news-archive` without its slash, or `/` when the site lives below it.
    const bare = target.split(/[?#]/, 1)[0];
    return bare === prefix.slice(0, -1) || bare === "/" ? { kind: "redirect", location: prefix } : { kind: "not-found" };
  }
  const wanted = path.join(root, ...segments);
  if (!inside(root, wanted)) return { kind: "not-found" };
  const real = await realInside(root, wanted);
  if (!real) return { kind: "not-found" };
  const kind = await kindOf(real);
  if (kind === "file") return segments.at(-1) === "" ? { kind: "not-found" } : { kind: "file", file: real };
  if (kind !== "directory") return { kind: "not-found" };
  if (segments.at(-1) !== "") {
    return { kind: "redirect", location: prefix + segments.map(encodeURIComponent).join("/") + "/" };
  }
  const index = await realInside(root, path.join(real, "index.html"));
  return index && (await kindOf(index)) === "file" ? { kind: "file", file: index } : { kind: "not-found" };
}
