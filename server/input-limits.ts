// How much one import may read (lib/report-input/limits.ts), with the sizes the
// environment sets: the import page and `cli import` use the same limits.
import { DEFAULT_INPUT_LIMITS, type InputLimits } from "../lib/report-input/limits";
import type { Env } from "./env";

const MB = 1024 * 1024;

export function inputLimits(env: Pick<Env, "IMPORT_MAX_FILE_MB" | "IMPORT_MAX_BATCH_MB">): InputLimits {
  return {
    ...DEFAULT_INPUT_LIMITS,
    ...(env.IMPORT_MAX_FILE_MB ? { fileBytes: Math.round(env.IMPORT_MAX_FILE_MB * MB) } : {}),
    ...(env.IMPORT_MAX_BATCH_MB ? { batchBytes: Math.round(env.IMPORT_MAX_BATCH_MB * MB) } : {}),
  };
}
