/**
 * Builds a fixture archive with the real Eleventy config, in a child process (so each
 * build has its own environment: SITE_URL, TZ, ARTICLES_DIR), and reads what it wrote.
 */
import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const FIXTURES = path.join(ROOT, "tests/fixtures");
export const OUTPUT_ROOT = path.join(ROOT, "tests/.output");

export interface BuildOptions {
  /** A fixture folder of articles to copy (relative to tests/fixtures), and/or files to add: path → text. */
  from?: string;
  files?: Record<string, string | Buffer>;
  siteUrl?: string;
  env?: Record<string, string>;
  /** Reuse this output folder (to test what a failed build leaves behind). */
  output?: string;
  /** Reuse this articles folder as it is. */
  articlesDir?: string;
}

export interface BuildResult {
  ok: boolean;
  stdout: string;
  stderr: string;
  output: string;
  articlesDir: string;
  read(urlPath: string): Promise<string>;
}

/** The file a URL path is served from: "/2026/" → 2026/index.html. */
export function fileOf(output: string, urlPath: string): string {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? "/").replace(/^\//, "");
  return path.join(output, clean.endsWith("/") || clean === "" ? `${clean}index.html` : clean);
}

export async function makeWorkspace(name: string): Promise<string> {
  await mkdir(OUTPUT_ROOT, { recursive: true });
  return mkdtemp(path.join(OUTPUT_ROOT, `${name}-`));
}

export async function prepareArticles(workspace: string, options: Pick<BuildOptions, "from" | "files">): Promise<string> {
  const articlesDir = path.join(workspace, "articles");
  await rm(articlesDir, { recursive: true, force: true });
  await mkdir(articlesDir, { recursive: true });
  if (options.from) await cp(path.join(FIXTURES, options.from), articlesDir, { recursive: true });
  for (const [file, contents] of Object.entries(options.files ?? {})) {
    const target = path.join(articlesDir, file);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, contents);
  }
  return articlesDir;
}

export async function buildSite(name: string, options: BuildOptions = {}): Promise<BuildResult> {
  const workspace = options.output ? path.dirname(options.output) : await makeWorkspace(name);
  const articlesDir = options.articlesDir ?? (await prepareArticles(workspace, options));
  const output = options.output ?? path.join(workspace, "site");
  const env = {
    ...process.env,
    ARTICLES_DIR: articlesDir,
    SITE_URL: options.siteUrl ?? "http://localhost:8080/",
    ...options.env,
  };
  let ok = true;
  let stdout = "";
  let stderr = "";
  try {
    const result = await run(process.execPath, ["--import", "tsx", path.join(ROOT, "src/cli/build.ts"), "--output", output], {
      cwd: ROOT,
      env,
      maxBuffer: 64 * 1024 * 1024,
    });
    stdout = result.stdout;
    stderr = result.stderr;
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string };
    ok = false;
    stdout = failure.stdout ?? "";
    stderr = failure.stderr ?? "";
  }
  return {
    ok,
    stdout,
    stderr,
    output,
    articlesDir,
    read: (urlPath: string) => readFile(fileOf(output, urlPath), "utf8"),
  };
}

/** Splits the seed dispatch as the contract defines it: `date`, an ISO date, then paragraphs. */
export async function seedDispatch(): Promise<{ date: string; paragraphs: string[] }> {
  const text = await readFile(path.join(FIXTURES, "000_d2ddb5cc995b7ec3.txt"), "utf8");
  const match = /^\s*date\s+(\d{4}-\d{2}-\d{2})\s+([\s\S]*)$/.exec(text);
  if (!match) throw new Error("seed fixture is not a dispatch");
  return {
    date: match[1]!,
    paragraphs: match[2]!
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean),
  };
}
