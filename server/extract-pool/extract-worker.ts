// The worker thread's entry. scripts/build-extract-worker.mjs bundles it with the
// extractor into plain JS (server/generated/extract-worker.mjs), which piscina loads
// the same way under `next start`, vitest and tsx.
import { runExtractTask } from "./extract-task";

export default runExtractTask;
