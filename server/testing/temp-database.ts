// A fresh, migrated database for one test file: a temp SQLite file, or, when
// TEST_DATABASE_URL names a PostgreSQL server, a schema of its own there
// (random name, dropped in dispose), so test files can run side by side.
import { randomBytes } from "node:crypto";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { createClient, type Db } from "../db/create-client";
import { pgConnectionConfig, quoteIdent, resolveDatabaseUrl, type DatabaseTarget } from "../db/database-url";
import { migrateDatabase, migrationsDirFor } from "../db/migrate-database";
import { readMigrations } from "../db/migrations";

export interface TempDatabase {
  db: Db;
  target: DatabaseTarget;
  dispose(): Promise<void>;
}

export interface TempDatabaseOptions {
  /** defaults to PostgreSQL when TEST_DATABASE_URL is set, else SQLite */
  provider?: DatabaseTarget["provider"];
  /** apply the migrations only up to this one (its name), for a test of a later migration on old data */
  migrateUpTo?: string;
}

/** The PostgreSQL server the integration suite runs against, if any. */
export const testDatabaseUrl = (): string | undefined => process.env.TEST_DATABASE_URL || undefined;

export async function createTempDatabase(options: TempDatabaseOptions = {}): Promise<TempDatabase> {
  const provider = options.provider ?? (testDatabaseUrl() ? "postgresql" : "sqlite");
  return provider === "postgresql" ? tempPostgres(options.migrateUpTo) : tempSqlite(options.migrateUpTo);
}

/** Applies the migrations up to `last` (all of them without it): a migration test then applies exactly the next one. */
export async function migrate(target: DatabaseTarget, last: string | undefined) {
  if (!last) return migrateDatabase(target);
  // The migrator applies a whole directory: give it a copy holding the first ones. Their
  // checksums are the originals', so a later migrateDatabase(target) applies only the rest.
  const all = migrationsDirFor(target);
  const names = readMigrations(all).map((m) => m.name);
  if (!names.includes(last)) throw new Error(`没有名为 ${last} 的迁移`);
  const dir = mkdtempSync(path.join(tmpdir(), "tracker-migrations-"));
  try {
    for (const name of names.filter((n) => n <= last)) cpSync(path.join(all, name), path.join(dir, name), { recursive: true });
    await migrateDatabase(target, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function tempSqlite(migrateUpTo: string | undefined): Promise<TempDatabase> {
  const dir = mkdtempSync(path.join(tmpdir(), "tracker-test-"));
  const target = resolveDatabaseUrl(`file:${path.join(dir, "test.db")}`);
  await migrate(target, migrateUpTo);
  const db = createClient(target);
  return {
    db,
    target,
    async dispose() {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function tempPostgres(migrateUpTo: string | undefined): Promise<TempDatabase> {
  const base = testDatabaseUrl();
  if (!base) throw new Error("TEST_DATABASE_URL 未设置：需要一个 PostgreSQL 服务器（bash .ci/with-postgres.sh 会临时启动一个）");
  const url = new URL(base);
  url.searchParams.set("schema", `test_${randomBytes(6).toString("hex")}`);
  const target = resolveDatabaseUrl(url.toString());
  if (target.provider !== "postgresql") throw new Error(`TEST_DATABASE_URL 不是 PostgreSQL 地址: ${base}`);
  await migrate(target, migrateUpTo);
  const db = createClient(target);
  return {
    db,
    target,
    async dispose() {
      await db.$disconnect();
      const admin = new pg.Client(pgConnectionConfig(target));
      await admin.connect();
      try {
        await admin.query(`DROP SCHEMA IF EXISTS ${quoteIdent(target.schema)} CASCADE`);
      } finally {
        await admin.end();
      }
    },
  };
}
