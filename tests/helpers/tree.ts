/**
 * Fingerprints of folders, to prove that something left them exactly as they were:
 * every file's bytes (SHA-256), every folder, keyed by path relative to the root.
 */
import { createHash } from "node:crypto";
import { cp, mkdir, readdir, readFile, symlink, writeFile } from "node:fs/promises";
import path from "node:path";

export async function treeHashes(root: string): Promise<Record<string, string>> {
  const hashes: Record<string, string> = {};
  let entries;
  try {
    entries = await readdir(root, { recursive: true, withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return hashes;
    throw error;
  }
  for (const entry of entries) {
    const full = path.join(entry.parentPath, entry.name);
    const key = path.relative(root, full).split(path.sep).join("/");
    if (entry.isDirectory()) hashes[`${key}/`] = "folder";
    else if (entry.isFile()) hashes[key] = createHash("sha256").update(await readFile(full)).digest("hex");
    else hashes[key] = "other";
  }
  return Object.fromEntries(Object.entries(hashes).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * A copy of the project's code (src, _includes, config) in `target`, sharing its
 * node_modules, so a test can add a failing stage to a real build without touching
 * the working tree. `replaceModules` swaps named packages for stand-ins.
 */
export async function copyProject(root: string, target: string, replaceModules: Record<string, Record<string, string>> = {}): Promise<string> {
  await mkdir(target, { recursive: true });
  for (const entry of ["src", "_includes", "eleventy.config.ts", "package.json", "tsconfig.json"]) {
    await cp(path.join(root, entry), path.join(target, entry), { recursive: true });
  }
  const modules = path.join(target, "node_modules");
  if (Object.keys(replaceModules).length === 0) {
    await symlink(path.join(root, "node_modules"), modules, "dir");
    return target;
  }
  await mkdir(modules);
  for (const name of await readdir(path.join(root, "node_modules"))) {
    if (!(name in replaceModules)) await symlink(path.join(root, "node_modules", name), path.join(modules, name), "dir");
  }
  for (const [name, files] of Object.entries(replaceModules)) {
    for (const [file, contents] of Object.entries(files)) {
      const destination = path.join(modules, name, file);
      await mkdir(path.dirname(destination), { recursive: true });
      await writeFile(destination, contents);
    }
  }
  return target;
}
