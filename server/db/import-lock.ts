import { providerOf, type Tx } from "./create-client";

// Any constant shared by every process; distinct from the migration lock (72707369).
const IMPORT_LOCK_KEY = 7_370_417;

/**
 * Call first thing inside an import's transaction. Two imports at once would
 * race to create the same groups, initiatives and aliases (unique keys); this
 * makes the second wait until the first has committed, then plan on top of it.
 */
export async function lockImports(tx: Tx): Promise<void> {
  // SQLite: every transaction already holds the write lock from its start (sqlite-adapter.ts).
  if (providerOf(tx) !== "postgresql") return;
  // Released by PostgreSQL at commit or rollback.
  await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${IMPORT_LOCK_KEY})`);
}
