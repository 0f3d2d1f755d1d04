import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { type DatabaseTarget, pgConnectionConfig } from "./database-url";
import { applyMigrations, readMigrations } from "./migrations";
import { postgresMigrationDriver } from "./postgres-migration-driver";
import { sqliteMigrationDriver } from "./sqlite-migration-driver";

export const MIGRATIONS_DIR = path.resolve(process.cwd(), "prisma/migrations");
export const PG_MIGRATIONS_DIR = path.resolve(process.cwd(), "prisma/postgres/migrations");

export const migrationsDirFor = (target: DatabaseTarget) => (target.provider === "postgresql" ? PG_MIGRATIONS_DIR : MIGRATIONS_DIR);

/** Brings the database named by `target` up to the latest migration; returns what it applied. */
export async function migrateDatabase(target: DatabaseTarget, migrationsDir: string = migrationsDirFor(target)): Promise<string[]> {
  if (target.provider === "postgresql") return migratePostgres(target, migrationsDir);
  if (target.file !== ":memory:") mkdirSync(path.dirname(target.file), { recursive: true });
  const sqlite = new Database(target.file, { timeout: 10_000 });
  try {
    // WAL lets the timeline be read while an import writes; the setting persists in the file.
    sqlite.pragma("journal_mode = WAL");
    return await applyMigrations(sqliteMigrationDriver(sqlite), readMigrations(migrationsDir));
  } finally {
    sqlite.close();
  }
}

async function migratePostgres(target: Extract<DatabaseTarget, { provider: "postgresql" }>, migrationsDir: string): Promise<string[]> {
  const client = new pg.Client(pgConnectionConfig(target));
  await client.connect();
  try {
    return await applyMigrations(postgresMigrationDriver(client, target.schema), readMigrations(migrationsDir));
  } finally {
    await client.end();
  }
}
