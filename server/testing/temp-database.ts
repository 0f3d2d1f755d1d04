// A fresh, migrated database for one test file: a temp SQLite file, or, when
// TEST_DATABASE_URL names a PostgreSQL server, a schema of its own there
// (random name, dropped in dispose), so test files can run side by side.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { createClient, type Db } from "../db/create-client";
import { pgConnectionConfig, quoteIdent, resolveDatabaseUrl, type DatabaseTarget } from "../db/database-url";
import { migrateDatabase } from "../db/migrate-database";

export interface TempDatabase {
  db: Db;
  target: DatabaseTarget;
  dispose(): Promise<void>;
}

export interface TempDatabaseOptions {
  /** defaults to PostgreSQL when TEST_DATABASE_URL is set, else SQLite */
  provider?: DatabaseTarget["provider"];
}

/** The PostgreSQL server the integration suite runs against, if any. */
export const testDatabaseUrl = (): string | undefined => process.env.TEST_DATABASE_URL || undefined;

export async function createTempDatabase(options: TempDatabaseOptions = {}): Promise<TempDatabase> {
  const provider = options.provider ?? (testDatabaseUrl() ? "postgresql" : "sqlite");
  return provider === "postgresql" ? tempPostgres() : tempSqlite();
}

async function tempSqlite(): Promise<TempDatabase> {
  const dir = mkdtempSync(path.join(tmpdir(), "tracker-test-"));
  const target = resolveDatabaseUrl(`file:${path.join(dir, "test.db")}`);
  await migrateDatabase(target);
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

async function tempPostgres(): Promise<TempDatabase> {
  const base = testDatabaseUrl();
  if (!base) throw new Error("TEST_DATABASE_URL 未设置：需要一个 PostgreSQL 服务器（bash .ci/with-postgres.sh 会临时启动一个）");
  const url = new URL(base);
  url.searchParams.set("schema", `test_${randomBytes(6).toString("hex")}`);
  const target = resolveDatabaseUrl(url.toString());
  if (target.provider !== "postgresql") throw new Error(`TEST_DATABASE_URL 不是 PostgreSQL 地址: ${base}`);
  await migrateDatabase(target);
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
