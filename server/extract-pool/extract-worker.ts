// The worker thread's entry. scripts/build-extract-worker.mjs bundles it with the
// extractor into plain JS (server/generated/extract-worker.mjs), which piscina loads
// the same way under `next start`, vitest and tsx.
import { getPriority, setPriority } from "node:os";
import { runExtractTask } from "./extract-task";

/**
 * Requests come first: on a machine with few cores a reading thread shares a core
 * with the request thread, so it yields to it. On Linux the nice value of pid 0 is
 * the calling thread's own (setpriority(2)), so only this worker is lowered.
 */
const NICE_INCREMENT = 10;
try {
  setPriority(Math.min(19, getPriority() + NICE_INCREMENT));
} catch {
  // not permitted here (some containers): the worker runs at the server's priority
}

export default runExtractTask;
