import type { Db, Tx } from "../db";
import { runTrackedWrite, type WriteOptions } from "../db/store/tracked-write";
import { runCommitHooks, type WriteCause } from "./commit-hooks";
import { publishTrackingEvents, type TrackingEvent } from "./tracking-events";

/** A write in progress: its transaction, and the events it has produced so far. */
export interface TrackedWrite {
  tx: Tx;
  emit(...events: TrackingEvent[]): void;
  /** this write found nothing to change: the tracking revision (and every cache keyed on it) stays */
  changedNothing(): void;
  /** says what caused the write, for the commit hooks (an import: its report and department) */
  causedBy(cause: WriteCause): void;
}

/**
 * The one way tracked data is written: `fn` runs in a transaction that bumps
 * the revision last (server/db/store/tracked-write.ts), after the commit hooks
 * (commit-hooks.ts: the notification outbox); after the commit the
 * events `fn` emitted go to the listeners and are returned with its value.
 * A failed write emits nothing.
 */
export async function trackedTransaction<T>(
  db: Db,
  fn: (write: TrackedWrite) => Promise<T>,
  options?: WriteOptions,
): Promise<{ value: T; events: TrackingEvent[] }> {
  let events: TrackingEvent[] = [];
  const value = await runTrackedWrite(
    db,
    async (tx) => {
      events = []; // a retried transaction starts over
      let changed = true;
      let cause: WriteCause | null = null;
      const value = await fn({
        tx,
        emit: (...more) => void events.push(...more),
        changedNothing: () => void (changed = false),
        causedBy: (c) => void (cause = c),
      });
      if (changed) await runCommitHooks(tx, events, cause);
      return { value, changed };
    },
    options,
  );
  await publishTrackingEvents(events);
  return { value, events };
}
