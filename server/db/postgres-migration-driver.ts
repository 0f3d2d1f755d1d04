import type pg from "pg";
import { quoteIdent } from "./database-url";
import type { AppliedMigration, Migration, MigrationDriver } from "./migrations";

// Prisma Migrate's own advisory lock key, so the app and `prisma migrate deploy` exclude each other too.
const MIGRATION_LOCK_KEY = 72707369;

// As `prisma migrate` creates it on PostgreSQL.
const HISTORY_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

/** Migrates through one connection whose search_path is `schema`. */
export function postgresMigrationDriver(client: pg.Client, schema: string): MigrationDriver {
  return {
    // Two app processes starting at once: the second waits here, then finds the migrations recorded.
    async withLock(fn) {
      await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
      try {
        return await fn();
      } finally {
        await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
      }
    },
    async ensureHistoryTable() {
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
      await client.query(HISTORY_TABLE);
    },
    async applied(): Promise<AppliedMigration[]> {
      const { rows } = await client.query<AppliedMigration>(
        `SELECT id, migration_name AS name, checksum FROM "_prisma_migrations" WHERE rolled_back_at IS NULL AND finished_at IS NOT NULL`,
      );
      return rows;
    },
    // PostgreSQL's DDL is transactional: a migration that fails halfway leaves nothing behind.
    async apply(migration: Migration, id: string) {
      await client.query("BEGIN");
      try {
        await client.query(migration.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
           VALUES ($1, $2, now(), $3, now(), 1)`,
          [id, migration.checksum, migration.name],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
    },
  };
}
