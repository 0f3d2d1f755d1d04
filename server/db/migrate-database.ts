import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import type { DatabaseTarget } from "./database-url";
import { applyMigrations, readMigrations } from "./migrations";
import { sqliteMigrationDriver } from "./sqlite-migration-driver";

export const MIGRATIONS_DIR = path.resolve(process.cwd(), "prisma/migrations");

/** Brings the database named by `target` up to the latest migration; returns what it applied. */
export async function migrateDatabase(target: DatabaseTarget, migrationsDir: string = MIGRATIONS_DIR): Promise<string[]> {
  if (target.provider === "postgresql") throw new Error("PostgreSQL 支持尚未启用");
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
