/**
 * The second thread that reads a large archive's files (src/model/content.ts, `readAll`):
 * it takes the next file nobody has taken until none is left, and sends the records back
 * in batches.
 */
import { parentPort, workerData } from "node:worker_threads";
import { READ_BATCH, readTaken, toPortable, type PortableResult, type ReaderJob } from "./content.ts";

let batch: [number, PortableResult][] = [];
await readTaken(workerData as ReaderJob, (index, result) => {
  batch.push([index, toPortable(result)]);
  if (batch.length === READ_BATCH) {
    parentPort!.postMessage(batch);
    batch = [];
  }
});
parentPort!.postMessage(batch);
