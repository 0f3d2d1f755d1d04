import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type { Database } from "better-sqlite3";
import { cacheStatements } from "./statement-cache";

// Any write takes SQLite's write lock; this one touches no row. The table
// exists in every migrated database.
const TAKE_WRITE_LOCK = `UPDATE "_prisma_migrations" SET "applied_steps_count" = "applied_steps_count" WHERE 0`;

type Adapter = Awaited<ReturnType<PrismaBetterSqlite3["connect"]>>;

/**
 * PrismaBetterSqlite3 with three changes.
 *
 * Transactions take the write lock when they begin (what `BEGIN IMMEDIATE`
 * does). Prisma opens them DEFERRED: with two app processes on one file, a
 * transaction that reads and then writes fails with SQLITE_BUSY when the other
 * process wrote in between. Taking the lock first makes it wait (up to the
 * busy timeout) and then read the latest state, so a stale edit is reported as
 * a conflict and concurrent imports both land.
 *
 * Queries outside a transaction wait until the open one ends. The process has
 * one connection, and a query on it would otherwise read what the open
 * transaction has written but not committed: half an import, or an edit about
 * to be rolled back (and, worse, cache it under the old revision).
 *
 * Compiled statements are reused (statement-cache.ts).
 */
export class ImmediateSqliteAdapter extends PrismaBetterSqlite3 {
  override async connect(): Promise<Adapter> {
    const adapter = await super.connect();
    cacheStatements((adapter as unknown as { client: Database }).client);
    /** settles when the open transaction commits or rolls back; null when none is open */
    let open: Promise<void> | null = null;

    const begin = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => {
      const tx = await begin(isolationLevel); // Prisma's adapter lets one transaction at a time past this
      let settle!: () => void;
      const mine = new Promise<void>((resolve) => (settle = resolve));
      open = mine;
      const end = () => {
        if (open === mine) open = null;
        settle();
      };
      const [commit, rollback] = [tx.commit.bind(tx), tx.rollback.bind(tx)];
      tx.commit = () => commit().finally(end);
      tx.rollback = () => rollback().finally(end);
      try {
        await tx.executeRaw({ sql: TAKE_WRITE_LOCK, args: [], argTypes: [] });
      } catch (error) {
        await tx.executeRaw({ sql: "ROLLBACK", args: [], argTypes: [] }).catch(() => undefined);
        await tx.rollback();
        throw error;
      }
      return tx;
    };

    const [queryRaw, executeRaw] = [adapter.queryRaw.bind(adapter), adapter.executeRaw.bind(adapter)];
    const outsideTransactions = async () => {
      while (open) await open;
    };
    adapter.queryRaw = async (query) => (await outsideTransactions(), queryRaw(query));
    adapter.executeRaw = async (query) => (await outsideTransactions(), executeRaw(query));
    return adapter;
  }
}
