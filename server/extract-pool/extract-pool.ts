// Report extraction off the request thread (https://github.com/piscinajs/piscina):
// worker threads sized to the cores, a time budget per report, a bounded line.
// The budget starts when the worker starts reading, not when the report joins the line
// or while a fresh thread loads the reader, so a report is refused for its own slowness only.
import { availableParallelism } from "node:os";
import { pathToFileURL } from "node:url";
import { Piscina } from "piscina";
import type { ExtractionResult, ExtractOptions } from "../extract";
import { BoundedSlots } from "./bounded-slots";
import { ExtractPoolError } from "./extract-pool-error";
import { type ExtractOutcome, type ExtractTask, settleExtractOutcome, taskStartedAt } from "./extract-task";

/** How often the budget looks again while a fresh thread is still loading the reader. */
const STARTUP_POLL_MS = 50;

export interface ExtractPoolOptions {
  /** the bundled worker entry (scripts/build-extract-worker.mjs writes it) */
  workerFile: string;
  /** ms a report may take in its thread; past it the thread is stopped and the report refused */
  budgetMs: number;
  /** worker threads (default: the cores, os.availableParallelism()) */
  threads?: number;
  /** reports that may wait for a thread; more are refused at once (default: 4 per thread) */
  maxWaiting?: number;
  /** ms an idle thread is kept before it ends (default 60 s) */
  idleTimeoutMs?: number;
}

export interface ExtractPool {
  /** extractReport in a worker thread: the same result, the same ExtractionError; ExtractPoolError when refused */
  extract(text: string, options: ExtractOptions): Promise<ExtractionResult>;
  readonly threads: number;
  /** ends the threads (running reports are refused) */
  close(): Promise<void>;
}

export function createExtractPool(options: ExtractPoolOptions): ExtractPool {
  const threads = Math.max(1, options.threads ?? availableParallelism());
  const piscina = new Piscina<ExtractTask, ExtractOutcome>({
    filename: pathToFileURL(options.workerFile).href,
    // one thread stays warm once used: loading the reader in a fresh thread takes a few hundred ms
    minThreads: 1,
    maxThreads: threads,
    idleTimeout: options.idleTimeoutMs ?? 60_000,
  });
  const slots = new BoundedSlots(threads, options.maxWaiting ?? 4 * threads);

  async function extract(text: string, extractOptions: ExtractOptions): Promise<ExtractionResult> {
    const taken = slots.take();
    if (!taken) throw ExtractPoolError.busy();
    const release = await taken;
    const budget = new AbortController();
    const startedAt = new SharedArrayBuffer(8);
    let timer: NodeJS.Timeout | undefined;
    // aborting a running task terminates its thread; piscina starts a fresh one for the next task
    const check = () => {
      const at = taskStartedAt(startedAt);
      const left = at === null ? STARTUP_POLL_MS : at + options.budgetMs - Date.now();
      if (left > 0) timer = setTimeout(check, left);
      else budget.abort();
    };
    timer = setTimeout(check, options.budgetMs);
    try {
      return settleExtractOutcome(await piscina.run({ text, options: extractOptions, startedAt }, { signal: budget.signal }));
    } catch (error) {
      if (budget.signal.aborted) throw ExtractPoolError.overBudget(options.budgetMs);
      throw error;
    } finally {
      clearTimeout(timer);
      release();
    }
  }

  return { extract, threads, close: () => piscina.close({ force: true }) };
}
