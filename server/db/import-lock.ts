import { providerOf, type Tx } from "./create-client";

// Any constant shared by every process; distinct from the migration lock (72707369).
const IMPORT_LOCK_KEY = 7_370_417;

/**
 * Call first thing inside an import's transaction. Two imports at once would
 * race to create the same groups, initiatives and aliases (unique keys); this
 * makes the second wait until the first has committed, then plan on top of it.
 */
export async function lockImports(tx: Tx): Promise<void> {
  if (providerOf(tx) === "postgresql") {
    // Released by PostgreSQL at commit or rollback.
    await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${IMPORT_LOCK_KEY})`);
    return;
  }
  // Prisma opens SQLite transactions DEFERRED: a transaction that reads first
  // and writes later fails with SQLITE_BUSY when another connection wrote in
  // between. A write that touches no row takes the write lock now (waiting for
  // the busy timeout), so the whole import sees the latest committed state.
  await tx.$executeRawUnsafe(`UPDATE "Report" SET "id" = "id" WHERE 0`);
}
