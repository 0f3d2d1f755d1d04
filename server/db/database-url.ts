import path from "node:path";

export type DatabaseTarget =
  | { provider: "sqlite"; url: string; file: string }
  /** `url` as given; `connectionString` without the `schema` parameter, which only Prisma understands */
  | { provider: "postgresql"; url: string; connectionString: string; schema: string };

export const DEFAULT_SQLITE_FILE = "data/tracker.db";

/** Which database a DATABASE_URL names; nothing means the embedded SQLite file. */
export function resolveDatabaseUrl(url: string | undefined, cwd: string = process.cwd()): DatabaseTarget {
  if (url && /^postgres(ql)?:\/\//.test(url)) return { provider: "postgresql", url, ...splitSchema(url) };
  const raw = url ? url.replace(/^file:/, "") : DEFAULT_SQLITE_FILE;
  const file = raw === ":memory:" ? raw : path.resolve(cwd, raw);
  return { provider: "sqlite", url: `file:${file}`, file };
}

// Prisma's convention: `?schema=name` picks the PostgreSQL schema, `public` by default.
function splitSchema(url: string): { connectionString: string; schema: string } {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get("schema") ?? "public";
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schema)) {
    throw new Error(`DATABASE_URL 的 schema 参数无效: ${schema}（只能包含字母、数字和下划线，且不以数字开头）`);
  }
  parsed.searchParams.delete("schema");
  return { connectionString: parsed.toString(), schema };
}

/** The schema name as a quoted SQL identifier. */
export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** pg connection settings that make unqualified names (raw SQL, migrations) resolve in `schema`. */
export function pgConnectionConfig(target: { connectionString: string; schema: string }) {
  return { connectionString: target.connectionString, options: `-c search_path=${quoteIdent(target.schema)}` };
}
