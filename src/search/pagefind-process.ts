/**
 * Pagefind's Node API talks to a child process and never notices when it goes: a request
 * pending when the process dies (killed, out of memory) is never answered, nothing keeps
 * Node's event loop alive, and `npm run build` ended with exit code 13 and no word; the
 * dev server's indexer waited forever. Here each Pagefind session is watched: the process
 * it spawns is captured, its exit fails every pending and later request at once, and a
 * request left unanswered for too long fails too, naming what happened.
 */
import childProcess, { type ChildProcess } from "node:child_process";

export class PagefindProcessError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PagefindProcessError";
  }
}

/** Seconds without any reply, with a request pending, before Pagefind counts as stuck. */
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
 * Runs `request` and returns the child process it spawned, if any. Pagefind spawns its
 * service synchronously inside the first request of a session, so `spawn` is observed for
 * exactly that one synchronous call and restored before anything else can run.
 */
function captureSpawn<Result>(request: () => Result): { result: Result; child: ChildProcess | undefined } {
  const module = childProcess as { spawn: typeof childProcess.spawn };
  const original = module.spawn;
  let child: ChildProcess | undefined;
  module.spawn = ((...args: Parameters<typeof original>) => (child = original.apply(childProcess, args))) as typeof original;
  try {
    return { result: request(), child };
  } finally {
    module.spawn = original;
  }
}

export type WatchedCall = <Result>(request: () => Promise<Result>) => Promise<Result>;

/**
 * One session with a Pagefind API instance: `work` sends every request through `call`.
 * The session ends with `close()` (which also clears a dead service, so the next session
 * starts a fresh process), whether it succeeded or not.
 */
export async function withWatchedPagefind<T>(api: { close(): Promise<unknown> }, work: (call: WatchedCall) => Promise<T>, stallSeconds = stallSecondsFrom()): Promise<T> {
  let child: ChildProcess | undefined;
  let fail: (error: PagefindProcessError) => void = () => {};
  const failed = new Promise<never>((_, reject) => (fail = reject));
  failed.catch(() => {});
  let pending = 0;
  let timer: NodeJS.Timeout | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = pending > 0 ? setTimeout(() => fail(new PagefindProcessError(`Pagefind's process stopped answering (no reply in ${stallSeconds} s)`)), stallSeconds * 1000) : undefined;
  };
  const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
    fail(new PagefindProcessError(`Pagefind's process ${signal ? `was killed (${signal})` : `exited with code ${code}`} before it finished indexing`));
  };

  const call: WatchedCall = async (request) => {
    let promise;
    if (child) promise = request();
    else {
      const captured = captureSpawn(request);
      promise = captured.result;
      child = captured.child;
      child?.once("exit", onExit);
    }
    pending++;
    arm();
    try {
      return await Promise.race([promise, failed]);
    } finally {
      pending--;
      arm();
    }
  };

  try {
    return await work(call);
  } catch (error) {
    if (error instanceof PagefindProcessError && child && child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    throw error;
  } finally {
    clearTimeout(timer);
    child?.off("exit", onExit);
    // A dead service answers its pending callbacks with errors on close; they were raced above and are settled here.
    await api.close().catch(() => {});
  }
}
