import path from "node:path";

/**
 * What a failed write means, in words: the build's output is a folder on someone's disk,
 * and "EACCES: permission denied, mkdir '/srv/_site.staging-41'" from inside Eleventy
 * (or a misleading ENOENT) sends them looking in the wrong place.
 */
const REASONS: Record<string, string> = {
  EACCES: "permission denied",
  EPERM: "the operation is not permitted",
  EROFS: "the file system is read-only",
  ENOTDIR: "part of its path is a file, not a folder",
  ENOSPC: "the disk is full",
  EDQUOT: "the disk quota is used up",
  ENAMETOOLONG: "a file name is too long for the file system",
  ENOENT: "a folder on its path does not exist or was removed during the build",
};

interface ErrnoLike {
  code?: string;
  path?: string;
  originalError?: unknown;
  cause?: unknown;
}

/** The innermost file-system error of a chain (Eleventy wraps them in `originalError`). */
function errnoOf(error: unknown): (ErrnoLike & { code: string }) | undefined {
  for (let current = error as ErrnoLike | undefined, depth = 0; current && depth < 10; depth++) {
    if (typeof current.code === "string" && current.code in REASONS) return current as ErrnoLike & { code: string };
    current = (current.originalError ?? current.cause) as ErrnoLike | undefined;
  }
  return undefined;
}

/** The output folder cannot be made or written at all. */
export class OutputError extends Error {
  constructor(output: string, cause: unknown) {
    const errno = errnoOf(cause);
    const reason = errno ? `${REASONS[errno.code]} (${errno.code})` : String(cause);
    super(`cannot write the output folder ${output}/: in ${path.dirname(output)}/, ${reason}`);
    this.name = "OutputError";
  }
}

/** One line for a write that failed mid-build, or undefined when the error is not about the disk. */
export function describeWriteError(error: unknown): string | undefined {
  const errno = errnoOf(error);
  if (!errno) return undefined;
  return `could not write ${errno.path ?? "a file"}: ${REASONS[errno.code]} (${errno.code})`;
}
