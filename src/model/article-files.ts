import type { Dirent } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import path from "node:path";
import type { Problem } from "./problems.ts";

/**
 * Which files under `articles/` are articles. Nothing is passed over in silence: a file
 * that is not read is named in a warning (the build goes on), and a link that points
 * outside the folder is an error (the build stops), since following it would publish
 * whatever it points to and skipping it would lose an article without a word.
 *
 * `.md` is matched without case: `Story.MD` is plainly a Markdown article, written so by
 * an editor on a case-insensitive disk (macOS, Windows), and refusing it would only make
 * the editor rename it.
 */
const ARTICLE = /\.md$/i;
/** Files kept beside articles on purpose (their images): not articles, but not skipped by mistake either. */
const COMPANION = /\.(jpe?g|png|gif|webp|avif|svg)$/i;

export interface ArticleFiles {
  /** Paths from `root` with forward slashes, sorted. */
  files: string[];
  /** Files and folders not read, one each. */
  warnings: Problem[];
  /** Links that point outside the articles folder, or nowhere. */
  problems: Problem[];
}

function isInside(folder: string, target: string): boolean {
  return target === folder || target.startsWith(folder + path.sep);
}

export async function scanArticleFolder(dir: string, root: string): Promise<ArticleFiles> {
  const found: ArticleFiles = { files: [], warnings: [], problems: [] };
  let realRoot: string;
  try {
    realRoot = await realpath(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return found;
    throw error;
  }
  const relative = (full: string) => path.relative(root, full).split(path.sep).join("/");
  const skip = (full: string, why: string) => found.warnings.push({ file: relative(full), message: `skipped: ${why}` });

  // A loop rather than recursion, and one folder at a time: the tree may be deep or huge.
  const folders = [dir];
  while (folders.length > 0) {
    const folder = folders.pop()!;
    let entries: Dirent[];
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      skip(folder, `cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"})`);
      continue;
    }
    for (const entry of entries) {
      const full = path.join(folder, entry.name);
      if (entry.name.startsWith(".")) {
        skip(full, entry.isDirectory() ? "a hidden folder (its name starts with a dot), with everything in it" : "a hidden file (its name starts with a dot)");
        continue;
      }
      if (entry.isDirectory()) {
        folders.push(full);
        continue;
      }
      if (entry.isSymbolicLink()) {
        const verdict = await checkLink(full, realRoot);
        if (verdict.problem) found.problems.push({ file: relative(full), message: verdict.problem });
        if (verdict.skip) skip(full, verdict.skip);
        if (verdict.problem || verdict.skip) continue;
      } else if (!entry.isFile()) {
        skip(full, "not a regular file");
        continue;
      }
      if (ARTICLE.test(entry.name)) found.files.push(relative(full));
      else if (!COMPANION.test(entry.name)) skip(full, "not an article (an article's name ends in .md)");
    }
  }
  found.files.sort();
  found.warnings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return found;
}

/** A link is followed when it resolves to a regular file inside the articles folder. */
async function checkLink(link: string, realRoot: string): Promise<{ problem?: string; skip?: string }> {
  let target: string;
  try {
    target = await realpath(link);
  } catch {
    return { problem: "is a symbolic link to nothing; fix or remove it" };
  }
  if (!isInside(realRoot, target)) {
    return { problem: `is a symbolic link to ${target}, outside the articles folder; links are followed only inside it, so move the file in` };
  }
  const info = await stat(target);
  if (info.isDirectory()) return { skip: "a link to a folder inside the articles folder, whose files are read where they are" };
  if (!info.isFile()) return { skip: "a link to something that is not a regular file" };
  return {};
}
