// What crosses the thread boundary: the worker gets an ExtractTask and answers an
// ExtractOutcome. A structured clone keeps an Error's message but not its class or
// `code`, so the extractor's refusals travel as data and are rebuilt as ExtractionError.
import { ExtractionError, extractReport, type ExtractionResult, type ExtractOptions } from "../extract";

export interface ExtractTask {
  text: string;
  options: ExtractOptions;
  /**
   * 8 bytes shared with the caller: the worker stores Date.now() there when it starts
   * the task, so the time budget counts the reading, not a fresh thread's start-up.
   */
  startedAt?: SharedArrayBuffer;
}

/** When the worker started the task (ms since the epoch), or null while it has not. */
export function taskStartedAt(startedAt: SharedArrayBuffer): number | null {
  const at = Number(Atomics.load(new BigInt64Array(startedAt), 0));
  return at === 0 ? null : at;
}

export type ExtractOutcome = { ok: true; result: ExtractionResult } | { ok: false; code: ExtractionError["code"]; message: string };

/** Runs in the worker: the extractor's result, or its refusal as data. Other errors (bugs) are thrown as they are. */
export function runExtractTask({ text, options, startedAt }: ExtractTask): ExtractOutcome {
  if (startedAt) Atomics.store(new BigInt64Array(startedAt), 0, BigInt(Date.now()));
  try {
    return { ok: true, result: extractReport(text, options) };
  } catch (error) {
    if (error instanceof ExtractionError) return { ok: false, code: error.code, message: error.message };
    throw error;
  }
}

/** Runs in the caller's thread: the result, or the same ExtractionError the extractor threw. */
export function settleExtractOutcome(outcome: ExtractOutcome): ExtractionResult {
  if (outcome.ok) return outcome.result;
  throw new ExtractionError(outcome.code, outcome.message);
}
