import Database from "better-sqlite3";
import type { AppliedMigration, Migration, MigrationDriver } from "./migrations";

const HISTORY_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

export function sqliteMigrationDriver(db: Database.Database): MigrationDriver {
  return {
    // BEGIN IMMEDIATE in apply() already serialises writers; a process that
    // loses the race sees the migration recorded and skips it.
    withLock: (fn) => fn(),
    async ensureHistoryTable() {
      db.exec(HISTORY_TABLE);
    },
    async applied(): Promise<AppliedMigration[]> {
      return db
        .prepare(
          `SELECT id, migration_name AS name, checksum FROM "_prisma_migrations" WHERE rolled_back_at IS NULL AND finished_at IS NOT NULL`,
        )
        .all() as AppliedMigration[];
    },
    async apply(migration: Migration, id: string) {
      // A migration that rebuilds a table drops the old one: with foreign keys on, that
      // drop would cascade into the tables referencing it. SQLite's procedure
      // (https://www.sqlite.org/lang_altertable.html#otheralter) turns them off outside
      // the transaction and checks every reference before the commit instead.
      const foreignKeys = db.pragma("foreign_keys", { simple: true });
      db.pragma("foreign_keys = OFF");
      db.exec("BEGIN IMMEDIATE");
      try {
        const already = db
          .prepare(`SELECT 1 FROM "_prisma_migrations" WHERE migration_name = ? AND finished_at IS NOT NULL`)
          .get(migration.name);
        if (!already) {
          db.exec(migration.sql);
          db.prepare(
            `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
             VALUES (?, ?, strftime('%Y-%m-%d %H:%M:%f', 'now'), ?, strftime('%Y-%m-%d %H:%M:%f', 'now'), 1)`,
          ).run(id, migration.checksum, migration.name);
        }
        const broken = db.pragma("foreign_key_check") as { table: string; parent: string }[];
        if (broken.length > 0) throw new Error(`迁移 ${migration.name} 留下了无效引用：${broken[0]!.table} → ${broken[0]!.parent}`);
        db.exec("COMMIT");
      } catch (error) {
        db.exec("ROLLBACK");
        throw error;
      } finally {
        db.pragma(`foreign_keys = ${foreignKeys ? "ON" : "OFF"}`);
      }
    },
  };
}
