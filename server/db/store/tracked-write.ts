import type { Db, Tx } from "../create-client";
import { bumpRevision } from "../tracking-revision";

export interface WriteOptions {
  /** an import of a big report may take long */
  long?: boolean;
}

/**
 * Runs `fn` in one transaction and bumps the tracking revision as the very
 * last statement before the commit: every write of tracked data goes through
 * here, so readers' caches can never miss one (a write that found nothing to
 * change says so, and leaves the revision and every cache as they are), and the row lock the bump takes
 * on PostgreSQL is held for the shortest time.
 */
export function runTrackedWrite<T>(
  db: Db,
  fn: (tx: Tx) => Promise<{ value: T; changed: boolean }>,
  options: WriteOptions = {},
): Promise<T> {
  return db.$transaction(
    async (tx) => {
      const { value, changed } = await fn(tx);
      if (changed) await bumpRevision(tx);
      return value;
    },
    options.long ? { maxWait: 10_000, timeout: 120_000 } : undefined,
  );
}
