/**
 * Runs the real `npm start` (src/cli/serve.ts) in a child process on a fixture archive,
 * and talks to it as a browser or an attacker would: HTTP requests, and raw request lines
 * over a socket (fetch would normalise `..` and reject bad encodings before sending).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdtemp } from "node:fs/promises";
import { createRequire } from "node:module";
import { connect, createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { FIXTURES, ROOT } from "./build.ts";

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** A fresh temporary workspace outside the project: Eleventy's watcher skips what .gitignore names, tests/.output/ included. */
export async function workspaceWithArchive(name: string): Promise<{ workspace: string; articlesDir: string; output: string }> {
  const workspace = await mkdtemp(path.join(os.tmpdir(), `news-archive-${name}-`));
  const articlesDir = path.join(workspace, "articles");
  await cp(path.join(FIXTURES, "archive"), articlesDir, { recursive: true });
  return { workspace, articlesDir, output: path.join(workspace, "_site") };
}

export interface Serve {
  child: ChildProcess;
  port: number;
  log(): string;
  exited: Promise<number>;
  stop(): Promise<void>;
}

/** `portInEnv`: the port is given as PORT, not `--port`. */
export function startServe(options: { articlesDir: string; output: string; port: number; portInEnv?: boolean; prefix?: string; env?: Record<string, string>; args?: string[] }): Serve {
  let text = "";
  const port = options.portInEnv ? [] : ["--port", String(options.port)];
  const args = [path.join(ROOT, "src/cli/serve.ts"), "--output", options.output, ...port, ...(options.args ?? [])];
  const env: Record<string, string | undefined> = { ...process.env, ARTICLES_DIR: options.articlesDir, SITE_URL: `http://localhost:${options.port}${options.prefix ?? "/"}`, ...options.env };
  if (options.portInEnv) env.PORT = String(options.port);
  const child = spawn(process.execPath, ["--import", "tsx", ...args], { cwd: ROOT, env });
  child.stdout!.on("data", (chunk: Buffer) => (text += chunk));
  child.stderr!.on("data", (chunk: Buffer) => (text += chunk));
  const exited = new Promise<number>((resolve) => child.on("close", (code) => resolve(code ?? 1)));
  return {
    child,
    port: options.port,
    log: () => text,
    exited,
    stop: async () => {
      child.kill("SIGINT");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
    },
  };
}

export async function waitFor(check: () => boolean | Promise<boolean>, what: string, log: () => string, timeout = 120_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; log:\n${log()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Counts the matches of `pattern` (global) in `text`. */
export const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

export interface RawResponse {
  status: number;
  head: string;
  body: string;
}

/** Sends `GET <target> HTTP/1.1` exactly as written and reads the whole response. */
export function rawGet(port: number, target: string, host = "127.0.0.1"): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, host);
    let data = "";
    socket.setEncoding("latin1");
    socket.on("connect", () => socket.write(`GET ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`));
    socket.on("data", (chunk: string) => (data += chunk));
    socket.on("error", reject);
    socket.on("end", () => {
      const [head = "", ...rest] = data.split("\r\n\r\n");
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1] ?? 0);
      resolve({ status, head, body: rest.join("\r\n\r\n") });
    });
    socket.setTimeout(10_000, () => socket.destroy(new Error(`no response to ${target}`)));
  });
}

/** Whether anything accepts a TCP connection at host:port. */
export function accepts(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, host);
    socket.on("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.on("error", () => resolve(false));
    socket.setTimeout(3000, () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/** Environment that puts tests/fixtures/pagefind-fault.sh in place of Pagefind's binary, faulting while `faultFile` exists. */
export function faultyPagefindEnv(faultFile: string): Record<string, string> {
  const real = createRequire(import.meta.url).resolve(`@pagefind/${process.platform}-${process.arch}/bin/pagefind_extended`);
  if (!existsSync(real)) throw new Error(`no Pagefind binary at ${real}`);
  return {
    PAGEFIND_BINARY_PATH: path.join(ROOT, "tests/fixtures/pagefind-fault.sh"),
    PAGEFIND_EXTENDED_BINARY_PATH: "",
    PAGEFIND_REAL: real,
    PAGEFIND_FAULT: faultFile,
  };
}
