// The app's one extraction pool, made on first use. A globalThis singleton, as
// server/db.ts does, so that dev-mode reloads do not start a pool per reload.
import path from "node:path";
import { env } from "../env";
import { createExtractPool, type ExtractPool } from "./extract-pool";

/**
 * Where scripts/build-extract-worker.mjs writes the worker. The server's bundle
 * has no path of its own at run time, so this is relative to the project root, the
 * working directory of `npm start`, `next start`, vitest and the CLI (as the migrations are).
 */
export const EXTRACT_WORKER_FILE = path.resolve(process.cwd(), "server/generated/extract-worker.mjs");

const globalForPool = globalThis as unknown as { extractPool?: ExtractPool };

export function sharedExtractPool(): ExtractPool {
  globalForPool.extractPool ??= createExtractPool({ workerFile: EXTRACT_WORKER_FILE, budgetMs: env.EXTRACT_TIME_BUDGET_MS });
  return globalForPool.extractPool;
}
