import { Worker } from "node:worker_threads";

/**
 * A worker thread that runs a TypeScript module. Node 20 applies no `--import` loader to a
 * worker's own module, so the worker starts as a line of JavaScript that loads tsx's API and
 * imports the module through it, whether this thread runs under tsx or under Vite (the tests).
 */
export function typescriptWorker(module: URL, workerData: unknown): Worker {
  const href = JSON.stringify(module.href);
  const source = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))}).then(({ tsImport }) => tsImport(${href}, ${href}))`;
  return new Worker(source, { eval: true, workerData });
}
