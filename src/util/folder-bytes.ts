import { lstat, readdir } from "node:fs/promises";
import path from "node:path";
import { forEachConcurrently } from "./concurrency.ts";

/**
 * Bytes of every file under `folder`, less those under its top-level subfolder `except`.
 * Asynchronous, a few stats at a time, so the build can count its pages while its main
 * thread still feeds the search index.
 */
export async function folderBytes(folder: string, except?: string): Promise<number> {
  const skipped = except === undefined ? undefined : path.join(folder, except);
  const files = (await readdir(folder, { recursive: true, withFileTypes: true })).filter(
    (entry) => entry.isFile() && !(skipped && (entry.parentPath === skipped || entry.parentPath.startsWith(`${skipped}${path.sep}`))),
  );
  let total = 0;
  await forEachConcurrently(files, 8, async (entry) => {
    // Read first, then add: `total += await …` would add to the total as it was before the wait.
    const { size } = await lstat(path.join(entry.parentPath, entry.name));
    total += size;
  });
  return total;
}
