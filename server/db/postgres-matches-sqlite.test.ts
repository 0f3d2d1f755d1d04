// The PostgreSQL schema and migrations are kept by hand beside the SQLite ones;
// this proves, without a server, that they describe the same database.
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { applyDdl, emptyShape, type SchemaShape } from "../testing/ddl-shape";
import { MIGRATIONS_DIR, PG_MIGRATIONS_DIR } from "./migrate-database";
import { readMigrations } from "./migrations";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** The shape after each migration, in order. */
function shapes(dir: string): [string, SchemaShape][] {
  let shape = emptyShape();
  return readMigrations(dir).map((m) => {
    shape = applyDdl(shape, m.sql);
    return [m.name, shape];
  });
}

describe("PostgreSQL migrations", () => {
  it("have the same names as the SQLite ones, and each leaves the same tables, columns, indexes and keys", () => {
    const sqlite = shapes(MIGRATIONS_DIR);
    const pg = shapes(PG_MIGRATIONS_DIR);
    expect(pg.map(([name]) => name)).toEqual(sqlite.map(([name]) => name));
    expect(sqlite.length).toBeGreaterThan(0);
    for (const [i, [name, shape]] of pg.entries()) {
      expect({ name, ...shape }).toEqual({ name, ...sqlite[i]![1] });
    }
  });

  it("are locked to their provider", () => {
    const provider = (dir: string) => /provider\s*=\s*"(\w+)"/.exec(readFileSync(path.join(dir, "migration_lock.toml"), "utf8"))?.[1];
    expect(provider(MIGRATIONS_DIR)).toBe("sqlite");
    expect(provider(PG_MIGRATIONS_DIR)).toBe("postgresql");
  });
});

describe("shape reader", () => {
  it("sees a difference in nullability, default, index or foreign key action", () => {
    const base = `CREATE TABLE "A" ("id" SERIAL NOT NULL, "x" TEXT NOT NULL DEFAULT '', "b" INTEGER NOT NULL, CONSTRAINT "A_pkey" PRIMARY KEY ("id"));
CREATE TABLE "B" ("id" SERIAL NOT NULL, CONSTRAINT "B_pkey" PRIMARY KEY ("id"));
CREATE UNIQUE INDEX "A_x_key" ON "A"("x");
ALTER TABLE "A" ADD CONSTRAINT "A_b_fkey" FOREIGN KEY ("b") REFERENCES "B"("id") ON DELETE CASCADE ON UPDATE CASCADE;`;
    const shape = applyDdl(emptyShape(), base);
    expect(shape.tables.A?.columns.x).toEqual({ kind: "text", nullable: false, default: "" });
    expect(shape.tables.A?.columns.id).toEqual({ kind: "int", nullable: false, default: "autoincrement" });
    expect(shape.foreignKeys.A_b_fkey).toMatchObject({ onDelete: "CASCADE", onUpdate: "CASCADE", references: "B" });
    for (const changed of [
      base.replace(`"x" TEXT NOT NULL`, `"x" TEXT`),
      base.replace(`DEFAULT ''`, `DEFAULT 'a'`),
      base.replace("CREATE UNIQUE INDEX", "CREATE INDEX"),
      base.replace("ON DELETE CASCADE", "ON DELETE RESTRICT"),
      base.replace(`"x" TEXT`, `"x" INTEGER`),
    ]) {
      expect(applyDdl(emptyShape(), changed)).not.toEqual(shape);
    }
  });

  it("refuses a statement it cannot read rather than ignoring it", () => {
    expect(() => applyDdl(emptyShape(), `CREATE VIEW "v" AS SELECT 1;`)).toThrow(/ddl-shape/);
  });
});

describe("prisma/postgres/schema.prisma", () => {
  it("is what scripts/generate-pg-schema.mjs writes from prisma/schema.prisma", async () => {
    const script = pathToFileURL(path.join(ROOT, "scripts/generate-pg-schema.mjs")).href;
    const { toPostgresSchema } = (await import(script)) as { toPostgresSchema(source: string): string };
    const expected = toPostgresSchema(readFileSync(path.join(ROOT, "prisma/schema.prisma"), "utf8"));
    const actual = readFileSync(path.join(ROOT, "prisma/postgres/schema.prisma"), "utf8");
    expect(actual, "run `node scripts/prisma-generate.mjs` after changing prisma/schema.prisma").toBe(expected);
    expect(actual).toMatch(/provider\s*=\s*"postgresql"/);
    expect(actual).toContain(`output       = "../../server/generated/prisma-pg"`);
  });
});
