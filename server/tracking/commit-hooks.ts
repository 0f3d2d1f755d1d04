// Work that must commit or roll back with a tracked write: the notification
// outbox (server/notify) turns the write's events into queued messages here, so
// a message exists exactly when the change it tells of does.
import type { Tx } from "../db";
import type { TrackingEvent } from "./tracking-events";

/** What caused a tracked write, when listeners need more than its events. */
export type WriteCause = { kind: "import"; departmentId: number; reportId: number; week: string };

type CommitHook = (tx: Tx, events: readonly TrackingEvent[], cause: WriteCause | null) => Promise<void>;

// On globalThis: Next bundles instrumentation.ts (which registers the outbox hook) apart
// from the routes (which import), and each bundle would otherwise have its own set.
const globalHooks = globalThis as unknown as { trackedCommitHooks?: Set<CommitHook> };
const hooks = (globalHooks.trackedCommitHooks ??= new Set<CommitHook>());

/** Runs `hook` inside every tracked write's transaction, after its work and before the commit; returns the unregister. */
export function beforeTrackedCommit(hook: CommitHook): () => void {
  hooks.add(hook);
  return () => void hooks.delete(hook);
}

/** A failing hook fails the write: what it writes belongs to the same change. */
export async function runCommitHooks(tx: Tx, events: readonly TrackingEvent[], cause: WriteCause | null): Promise<void> {
  for (const hook of hooks) await hook(tx, events, cause);
}
