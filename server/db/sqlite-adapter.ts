import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type { Database } from "better-sqlite3";
import { cacheStatements } from "./statement-cache";

// Any write takes SQLite's write lock; this one touches no row. The table
// exists in every migrated database.
const TAKE_WRITE_LOCK = `UPDATE "_prisma_migrations" SET "applied_steps_count" = "applied_steps_count" WHERE 0`;

type Adapter = Awaited<ReturnType<PrismaBetterSqlite3["connect"]>>;

/**
 * PrismaBetterSqlite3 whose transactions take the write lock when they begin
 * (what `BEGIN IMMEDIATE` does). Prisma opens them DEFERRED: with two app
 * processes on one file, a transaction that reads and then writes fails with
 * SQLITE_BUSY when the other process wrote in between. Taking the lock first
 * makes it wait (up to the busy timeout) and then read the latest state, so a
 * stale edit is reported as a conflict and concurrent imports both land.
 * It also reuses compiled statements (statement-cache.ts).
 */
export class ImmediateSqliteAdapter extends PrismaBetterSqlite3 {
  override async connect(): Promise<Adapter> {
    const adapter = await super.connect();
    cacheStatements((adapter as unknown as { client: Database }).client);
    const begin = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => {
      const tx = await begin(isolationLevel);
      try {
        await tx.executeRaw({ sql: TAKE_WRITE_LOCK, args: [], argTypes: [] });
      } catch (error) {
        await tx.executeRaw({ sql: "ROLLBACK", args: [], argTypes: [] }).catch(() => undefined);
        await tx.rollback();
        throw error;
      }
      return tx;
    };
    return adapter;
  }
}
