// Reads that skip Prisma: the whole timeline is thousands of plain rows, and
// Prisma's query engine costs more per row than the driver itself. A second
// connection of the driver the client uses serves them, opened on first use:
// SQLite in WAL mode lets it read the last committed state while the client
// writes; on PostgreSQL it is a small pool of its own. Only for reads of
// committed data outside any transaction (a transaction must read through its
// own client to see its own writes).
import Database from "better-sqlite3";
import pg from "pg";
import { type DatabaseTarget, pgConnectionConfig } from "./database-url";

export interface DirectReader {
  /** rows of a SELECT without parameters, as plain objects */
  all(sql: string): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

export function createDirectReader(target: DatabaseTarget): DirectReader | null {
  if (target.provider === "postgresql") {
    let pool: pg.Pool | null = null;
    return {
      async all(sql) {
        pool ??= new pg.Pool({ ...pgConnectionConfig(target), max: 2 });
        return (await pool.query(sql)).rows;
      },
      async close() {
        await pool?.end();
        pool = null;
      },
    };
  }
  if (target.file === ":memory:") return null; // another connection would open another, empty database
  let sqlite: Database.Database | null = null;
  const statements = new Map<string, Database.Statement>();
  return {
    async all(sql) {
      sqlite ??= new Database(target.file, { readonly: true, timeout: 10_000 });
      let statement = statements.get(sql);
      if (!statement) statements.set(sql, (statement = sqlite.prepare(sql)));
      return statement.all() as Record<string, unknown>[];
    },
    async close() {
      sqlite?.close();
      sqlite = null;
      statements.clear();
    },
  };
}
