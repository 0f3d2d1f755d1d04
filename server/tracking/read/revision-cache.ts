import { type DbOrTx, isRootClient } from "../../db/create-client";
import { readRevision } from "../../db/tracking-revision";

interface Entry {
  revision: number;
  key: string;
  value: unknown;
}

const caches = new WeakMap<object, Map<string, Entry>>();

/**
 * What `compute` derives from the tracked data, served again while the
 * tracking revision (bumped by every write, in any process) and `key` stay the
 * same: one small read instead of every row. One entry per `name` and client.
 *
 * The revision is read before the rows: data newer than it may be cached under
 * the older revision (the next reader then recomputes), never the reverse.
 * Cached values are frozen, since every caller shares them.
 */
export async function cachedPerRevision<T>(db: DbOrTx, name: string, key: string, compute: () => Promise<T>): Promise<T> {
  if (!isRootClient(db)) return compute();
  const revision = await readRevision(db);
  let entries = caches.get(db);
  if (!entries) caches.set(db, (entries = new Map()));
  const hit = entries.get(name);
  if (hit && hit.revision === revision && hit.key === key) return hit.value as T;
  const value = deepFreeze(await compute());
  entries.set(name, { revision, key, value });
  return value;
}

function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== "object" || Object.isFrozen(value)) return value;
  Object.freeze(value);
  // Plain loops: this runs over every row of the timeline after each write.
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) deepFreeze(value[i]);
  else for (const key in value) deepFreeze((value as Record<string, unknown>)[key]);
  return value;
}
