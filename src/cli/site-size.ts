/**
 * What the build does around the finished site that no reader sees: how big it is (GitHub
 * Pages publishes at most 1 GB, so the build warns before a deploy would fail), and
 * removing the site it replaced without holding the build's exit.
 */
import { spawn } from "node:child_process";

function describeBytes(bytes: number): string {
  return bytes >= 1e9 ? `${(bytes / 1e9).toFixed(2)} GB` : `${(bytes / 1e6).toFixed(1)} MB`;
}

/** The warning `npm run build` prints when the site is larger than `limit` bytes, or nothing. */
export function sizeWarning(bytes: number, limit: number, articles: number): string | undefined {
  if (bytes <= limit) return undefined;
  const perArticle = articles ? `, ${(bytes / articles / 1000).toFixed(1)} kB per article` : "";
  return `Warning: the site is ${describeBytes(bytes)}${perArticle}, more than ${describeBytes(limit)}: GitHub Pages publishes sites of at most 1 GB, and a larger one may fail to deploy.`;
}

/**
 * Removes a retired site in a detached process: deleting tens of thousands of files takes
 * seconds of system time that the build's exit need not wait for. A removal cut short (the
 * machine stopped) leaves a `retired-PID` folder that the next build sweeps up.
 */
export function removeInBackground(folder: string): void {
  const script = `require("node:fs").rmSync(${JSON.stringify(folder)}, { recursive: true, force: true })`;
  const child = spawn(process.execPath, ["-e", script], { detached: true, stdio: "ignore" });
  child.unref();
}
