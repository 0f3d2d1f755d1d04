// Extraction in worker threads, for the server: server/extract is pure and runs
// anywhere; this runs it off the request thread with a time budget per report.
export { createExtractPool, type ExtractPool, type ExtractPoolOptions } from "./extract-pool";
export { ExtractPoolError } from "./extract-pool-error";
export { sharedExtractPool, EXTRACT_WORKER_FILE } from "./shared-extract-pool";
