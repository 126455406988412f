import { constants } from "node:fs";
import { open, readdir, stat } from "node:fs/promises";
import path from "node:path";

/**
 * Reading what an editor names on the command line: regular files only (a FIFO or a device
 * such as /dev/zero would block or never end), each under a size limit, and folders walked
 * for the files an importer understands.
 */
export const LIMITS = {
  /** A dispatch or one Markdown post. */
  text: 10 * 1024 * 1024,
  /** A whole WordPress export. */
  export: 200 * 1024 * 1024,
} as const;

export type ReadResult = { ok: true; bytes: Buffer } | { ok: false; error: string };

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

/** Reads a regular file of at most `limit` bytes; anything else is refused with a reason. */
export async function readRegularFile(file: string, limit: number): Promise<ReadResult> {
  let info;
  try {
    info = await stat(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, error: code === "ENOENT" ? "no such file" : `cannot be read (${code ?? String(error)})` };
  }
  if (info.isDirectory()) return { ok: false, error: "is a folder, not a dispatch" };
  if (!info.isFile()) return { ok: false, error: "is not a regular file (a device, pipe or socket), so it is not read" };
  if (info.size > limit) return { ok: false, error: `is ${megabytes(info.size)}, over the ${megabytes(limit)} limit for one file` };
  // O_NONBLOCK: should the name have been swapped for a FIFO since the stat, opening it does not hang.
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK).catch((error: NodeJS.ErrnoException) => error);
  if (handle instanceof Error) return { ok: false, error: `cannot be read (${handle.code ?? handle.message})` };
  try {
    const again = await handle.stat();
    if (!again.isFile()) return { ok: false, error: "is not a regular file (a device, pipe or socket), so it is not read" };
    const buffer = Buffer.alloc(Math.min(limit + 1, Math.max(again.size + 1, 1)));
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > limit) return { ok: false, error: `is over the ${megabytes(limit)} limit for one file` };
    return { ok: true, bytes: buffer.subarray(0, length) };
  } finally {
    await handle.close();
  }
}

export type InputKind = "dispatch" | "markdown" | "wxr" | "other";

/** What a file is, from its name (the reader checks its contents). */
export function kindOf(file: string): InputKind {
  const ext = path.extname(file).toLowerCase();
  if (ext === ".txt") return "dispatch";
  if (ext === ".md" || ext === ".markdown" || ext === ".mdown" || ext === ".mkd") return "markdown";
  if (ext === ".xml") return "wxr";
  return "other";
}

/** Files a folder holds, in a stable order; hidden files and folders, and node_modules, are not archives' content. */
export async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !path.relative(folder, file).split(path.sep).some((part) => part.startsWith(".") || part === "node_modules"))
    .sort();
}
