/**
 * The indexing thread (started by src/search/indexer.ts): writes the bundles it is given
 * and sends back what it wrote, or what went wrong, as one message.
 */
import { parentPort, workerData } from "node:worker_threads";
import { SearchIndexError, writeBundles, type IndexJob, type IndexOutcome } from "./bundle-writer.ts";

let outcome: IndexOutcome;
try {
  outcome = { written: await writeBundles(workerData as IndexJob) };
} catch (error) {
  outcome = { error: error instanceof SearchIndexError ? error.detail : error instanceof Error ? error.message : String(error) };
}
parentPort!.postMessage(outcome);
