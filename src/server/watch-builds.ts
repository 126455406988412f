/**
 * Eleventy's watch mode rebuilds on every change, but tells no one whether a rebuild
 * failed (its `eleventy.after` event only fires on success), prints a failure itself
 * (silenced in eleventy-runner.ts), then "Wrote 0 files", and ignores deleted files. This
 * module makes `npm start` the one that reports: each rebuild ends in `succeeded` or
 * `failed(error)`, and deleting a file rebuilds too. Eleventy also gives up watching when
 * the first build, the one `watch()` runs before it starts its watcher, throws; that
 * failure is reported and swallowed, so a bad article at startup is fixed by a save too.
 */
import { createEleventy } from "../eleventy/runner.ts";

type Eleventy = Awaited<ReturnType<typeof createEleventy>>;

/** The parts of Eleventy's instance used here; Eleventy ships no declarations. */
interface EleventyInternals {
  write(): Promise<unknown>;
  watch(): Promise<unknown>;
  logger: { logWithOptions(options: { message: string; color?: string }): void };
  watcher?: { on(event: string, listener: (path: string) => void): void };
}

export interface BuildObserver {
  succeeded(): void;
  failed(error: unknown): void;
}

export function observeBuilds(eleventy: Eleventy, observer: BuildObserver): void {
  const internals = eleventy as unknown as EleventyInternals;
  // Eleventy's summary of a failed run ("Wrote 0 files", in red) is the only one it logs
  // with that colour; the failure is reported by `failed` instead.
  const logger = internals.logger;
  const logWithOptions = logger.logWithOptions.bind(logger);
  logger.logWithOptions = (options) => {
    if (options.color !== "red") logWithOptions(options);
  };

  const write = internals.write.bind(eleventy);
  const observed = async () => {
    try {
      const result = await write();
      observer.succeeded();
      return result;
    } catch (error) {
      observer.failed(error);
      throw error;
    }
  };
  let first = true;
  internals.write = async () => {
    if (!first) return observed();
    first = false;
    // `watch()` ignores what its first build returns; a rebuild's failure is caught by Eleventy's watcher.
    return observed().catch(() => undefined);
  };

  const watch = internals.watch.bind(eleventy);
  internals.watch = async () => {
    // Eleventy returns the function its watcher calls for a change ("for testability").
    const rebuild = (await watch()) as (path: string) => Promise<void>;
    const removed = (file: string) => void rebuild(file).catch(() => {});
    internals.watcher?.on("unlink", removed);
    internals.watcher?.on("unlinkDir", removed);
    return rebuild;
  };
}
