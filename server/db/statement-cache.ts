import type { Database, Statement } from "better-sqlite3";

/** Distinct statements kept per connection; Prisma's `IN (?, ?, …)` lists make the SQL vary, so the cache is bounded. */
const MAX_STATEMENTS = 500;

/** The part of a statement Prisma's adapter uses after `prepare(sql).bind(args)` (or `prepare(sql).run()`). */
interface BoundStatement {
  readonly reader: boolean;
  columns(): ReturnType<Statement["columns"]>;
  run(): ReturnType<Statement["run"]>;
  raw(): { all(): unknown[] };
}

/**
 * Makes `db.prepare` reuse compiled statements. Prisma's SQLite adapter
 * prepares every query afresh and binds its arguments to it for good
 * (`prepare(sql).bind(args)`), which costs more than running most of them: an
 * import spends a tenth of its time compiling the same few dozen statements.
 * Here `prepare` hands out a cached statement whose `bind` only remembers the
 * arguments and passes them to each run.
 */
export function cacheStatements(db: Database): void {
  const prepare = db.prepare.bind(db);
  const cache = new Map<string, Statement>();
  const compiled = (sql: string): Statement => {
    let stmt = cache.get(sql);
    if (!stmt) {
      stmt = prepare(sql);
      if (cache.size >= MAX_STATEMENTS) cache.clear();
      cache.set(sql, stmt);
    }
    return stmt;
  };
  const bound = (stmt: Statement, args: unknown[]): BoundStatement => ({
    reader: stmt.reader,
    columns: () => stmt.columns(),
    run: () => stmt.run(args),
    raw: () => ({ all: () => stmt.raw(true).all(args) }),
  });
  const cachedPrepare = (sql: string) => {
    const stmt = compiled(sql);
    return { ...bound(stmt, []), bind: (args: unknown[]) => bound(stmt, args) };
  };
  db.prepare = cachedPrepare as unknown as Database["prepare"];
}
