// Migrating PostgreSQL at start-up: the schema from `?schema=`, two processes at
// once, and a failing migration. Needs a server: runs in `npm run test:pg`.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { testDatabaseUrl } from "../testing/temp-database";
import { pgConnectionConfig, quoteIdent, resolveDatabaseUrl } from "./database-url";
import { migrateDatabase, PG_MIGRATIONS_DIR } from "./migrate-database";
import { readMigrations } from "./migrations";

const url = testDatabaseUrl();
const schemas: string[] = [];

function freshTarget() {
  const schema = `test_migrate_${Math.random().toString(36).slice(2, 10)}`;
  schemas.push(schema);
  const u = new URL(url!);
  u.searchParams.set("schema", schema);
  const target = resolveDatabaseUrl(u.toString());
  if (target.provider !== "postgresql") throw new Error("postgresql expected");
  return target;
}

async function query<T extends pg.QueryResultRow>(sql: string, schema = "public"): Promise<T[]> {
  const client = new pg.Client(pgConnectionConfig({ connectionString: url!, schema }));
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

afterEach(async () => {
  for (const schema of schemas.splice(0)) await query(`DROP SCHEMA IF EXISTS ${quoteIdent(schema)} CASCADE`);
});

describe.skipIf(!url)("PostgreSQL migrations at start-up", () => {
  it("creates the schema named by ?schema= and migrates inside it, leaving public alone", async () => {
    const target = freshTarget();
    expect(await migrateDatabase(target)).toEqual(readMigrations(PG_MIGRATIONS_DIR).map((m) => m.name));
    const tables = await query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = '${target.schema}' ORDER BY 1`,
    );
    expect(tables.map((t) => t.table_name)).toEqual(
      [
        "Account",
        "AuditLog",
        "CalendarFeed",
        "Department",
        "EditLog",
        "Follow",
        "Group",
        "Initiative",
        "InitiativeAlias",
        "InitiativeObservation",
        "LayoutProfileRule",
        "Membership",
        "Milestone",
        "MilestoneObservation",
        "NotifyChannel",
        "NotifyDelivery",
        "NotifySchedule",
        "RateLimit",
        "Report",
        "Session",
        "TrackingRevision",
        "UndoPoint",
        "User",
        "Verification",
        "_prisma_migrations",
      ].sort(),
    );
    expect(await migrateDatabase(target)).toEqual([]);
  });

  it("applies each migration once when several processes start at the same moment", async () => {
    const target = freshTarget();
    const results = await Promise.all([1, 2, 3].map(() => migrateDatabase(target)));
    expect(results.flat()).toEqual(readMigrations(PG_MIGRATIONS_DIR).map((m) => m.name));
    const rows = await query<{ n: string }>(`SELECT count(*) AS n FROM "_prisma_migrations"`, target.schema);
    expect(Number(rows[0]?.n)).toBe(readMigrations(PG_MIGRATIONS_DIR).length);
  });

  it("leaves nothing of a migration that fails halfway, and records it not", async () => {
    const target = freshTarget();
    const dir = mkdtempSync(path.join(tmpdir(), "pg-migrations-"));
    mkdirSync(path.join(dir, "1_ok"));
    writeFileSync(
      path.join(dir, "1_ok", "migration.sql"),
      `CREATE TABLE "A" ("id" SERIAL NOT NULL, CONSTRAINT "A_pkey" PRIMARY KEY ("id"));`,
    );
    mkdirSync(path.join(dir, "2_broken"));
    writeFileSync(
      path.join(dir, "2_broken", "migration.sql"),
      `CREATE TABLE "B" ("id" INTEGER);\nALTER TABLE "Missing" ADD COLUMN "x" TEXT;`,
    );
    await expect(migrateDatabase(target, dir)).rejects.toThrow(/Missing/);
    const tables = await query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = '${target.schema}' ORDER BY 1`,
    );
    expect(tables.map((t) => t.table_name)).toEqual(["A", "_prisma_migrations"]);
    const applied = await query<{ migration_name: string }>(`SELECT migration_name FROM "_prisma_migrations"`, target.schema);
    expect(applied.map((r) => r.migration_name)).toEqual(["1_ok"]);
  });
});

describe("DATABASE_URL for PostgreSQL", () => {
  it("takes the schema from ?schema=, public by default, and keeps it out of the driver's connection string", () => {
    expect(resolveDatabaseUrl("postgresql://u@h:5432/db?schema=tracker&sslmode=require")).toMatchObject({
      provider: "postgresql",
      schema: "tracker",
      connectionString: "postgresql://u@h:5432/db?sslmode=require",
    });
    expect(resolveDatabaseUrl("postgres://u@h/db")).toMatchObject({ provider: "postgresql", schema: "public" });
    expect(() => resolveDatabaseUrl("postgresql://u@h/db?schema=a;drop")).toThrow(/schema 参数无效/);
  });
});
