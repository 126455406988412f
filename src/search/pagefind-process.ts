/**
 * Pagefind's Node API talks to a child process and never notices when it goes: a request
 * pending when the process dies (killed, out of memory) is never answered, nothing keeps
 * Node's event loop alive, and `npm run build` ended with exit code 13 and no word; the
 * dev server's indexer waited forever. Here each Pagefind session is watched: the process
 * it spawns is captured, its exit fails every pending and later request at once, and a
 * process that neither answers nor works for too long fails too, naming what happened.
 */
import childProcess, { type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";

export class PagefindProcessError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PagefindProcessError";
  }
}

/**
 * Seconds without any reply and without any CPU time spent, with a request pending, before
 * Pagefind counts as stuck. Replies alone are not enough: writing a large bundle's files is
 * one request that takes minutes, all of them busy.
 */
export const DEFAULT_STALL_SECONDS = 30;

/** PAGEFIND_STALL_SECONDS overrides it (tests use a short one). */
export function stallSecondsFrom(env: NodeJS.ProcessEnv = process.env): number {
  const written = env.PAGEFIND_STALL_SECONDS;
  if (!written) return DEFAULT_STALL_SECONDS;
  const seconds = Number(written);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new Error(`PAGEFIND_STALL_SECONDS: "${written}" is not a positive number`);
  return seconds;
}

/**
 * CPU time a process has used so far, in clock ticks, all its threads together (Linux's
 * /proc); undefined where that cannot be read, and the process then counts as idle.
 */
function cpuTicks(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    // The command name, in parentheses, may hold spaces: the fields are counted after it.
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").replace(/^.*\)\s*/s, "").split(" ");
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return undefined;
  }
}

/**
 * Runs `request` and returns the child process it spawned, if any. Pagefind spawns its
 * service synchronously inside the first request of a session, so `spawn` is observed for
 * exactly that one synchronous call and restored before anything else can run. With
 * `pin`, the process is started through `taskset` on that CPU (see src/search/cpus.ts).
 */
function captureSpawn<Result>(request: () => Result, pin: Pin | undefined): { result: Result; child: ChildProcess | undefined } {
  const module = childProcess as { spawn: typeof childProcess.spawn };
  const original = module.spawn;
  let child: ChildProcess | undefined;
  module.spawn = ((command: string, args: readonly string[], options: childProcess.SpawnOptions) =>
    (child = pin ? original(pin.taskset, ["-c", String(pin.cpu), command, ...args], options) : original(command, args, options))) as typeof original;
  try {
    return { result: request(), child };
  } finally {
    module.spawn = original;
  }
}

export type WatchedCall = <Result>(request: () => Promise<Result>) => Promise<Result>;

/** Where a Pagefind process runs: `taskset`'s path and the one CPU it is given. */
export interface Pin {
  taskset: string;
  cpu: number;
}

export interface WatchOptions {
  stallSeconds?: number;
  pin?: Pin;
}

/**
 * One session with a Pagefind API instance: `work` sends every request through `call`.
 * The session ends with `close()` (which also clears a dead service, so the next session
 * starts a fresh process), whether it succeeded or not.
 */
export async function withWatchedPagefind<T>(api: { close(): Promise<unknown> }, work: (call: WatchedCall) => Promise<T>, options: WatchOptions = {}): Promise<T> {
  const stallSeconds = options.stallSeconds ?? stallSecondsFrom();
  let child: ChildProcess | undefined;
  let fail: (error: PagefindProcessError) => void = () => {};
  const failed = new Promise<never>((_, reject) => (fail = reject));
  failed.catch(() => {});
  let pending = 0;
  // When the process last showed life: a reply, or CPU time spent since the last look.
  let alive = performance.now();
  let ticks: number | undefined;
  const watch = setInterval(
    () => {
      const now = performance.now();
      const spent = cpuTicks(child?.pid);
      if (pending === 0 || (spent !== undefined && ticks !== undefined && spent > ticks)) alive = now;
      ticks = spent;
      if (now - alive >= stallSeconds * 1000) fail(new PagefindProcessError(`Pagefind's process stopped answering (no reply and no work in ${stallSeconds} s)`));
    },
    Math.min(1000, (stallSeconds * 1000) / 4),
  );
  const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
    fail(new PagefindProcessError(`Pagefind's process ${signal ? `was killed (${signal})` : `exited with code ${code}`} before it finished indexing`));
  };

  const call: WatchedCall = async (request) => {
    let promise;
    if (child) promise = request();
    else {
      const captured = captureSpawn(request, options.pin);
      promise = captured.result;
      child = captured.child;
      child?.once("exit", onExit);
    }
    if (pending++ === 0) alive = performance.now();
    try {
      return await Promise.race([promise, failed]);
    } finally {
      pending--;
      alive = performance.now();
    }
  };

  try {
    return await work(call);
  } catch (error) {
    if (error instanceof PagefindProcessError && child && child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    throw error;
  } finally {
    clearInterval(watch);
    child?.off("exit", onExit);
    // A dead service answers its pending callbacks with errors on close; they were raced above and are settled here.
    await api.close().catch(() => {});
  }
}
