import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { cacheStatements } from "./statement-cache";

/** Drives the database the way Prisma's SQLite adapter does: `prepare(sql).bind(args)`, then `raw().all()` or `run()`. */
type AdapterStatement = { reader: boolean; run(): { changes: number }; raw(): { all(): unknown[][] } };
const prepareBound = (db: Database.Database, sql: string, args: unknown[]) =>
  (db.prepare(sql) as unknown as { bind(a: unknown[]): AdapterStatement }).bind(args);

describe("cacheStatements", () => {
  it("compiles a statement once and runs it with each call's own arguments", () => {
    const db = new Database(":memory:");
    db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)");
    let compiled = 0;
    const prepare = db.prepare.bind(db);
    db.prepare = ((sql: string) => (compiled++, prepare(sql))) as typeof db.prepare;
    cacheStatements(db);

    for (const [id, name] of [
      [1, "甲"],
      [2, "乙"],
    ] as const) {
      const insert = prepareBound(db, "INSERT INTO t (id, name) VALUES (?, ?)", [id, name]);
      expect(insert.reader).toBe(false);
      expect(insert.run().changes).toBe(1);
    }
    const select = (id: number) => prepareBound(db, "SELECT id, name FROM t WHERE id = ?", [id]).raw().all();
    expect(select(1)).toEqual([[1, "甲"]]);
    expect(select(2)).toEqual([[2, "乙"]]);
    expect(select(3)).toEqual([]);
    expect(compiled).toBe(2);
    db.close();
  });

  it("still runs statements without arguments, and fails on bad SQL as before", () => {
    const db = new Database(":memory:");
    cacheStatements(db);
    db.prepare("BEGIN").run();
    db.prepare("COMMIT").run();
    expect(() => db.prepare("SELEC 1")).toThrow(/syntax error/);
    db.close();
  });
});
