import path from "node:path";

export type DatabaseTarget =
  | { provider: "sqlite"; url: string; file: string }
  | { provider: "postgresql"; url: string };

export const DEFAULT_SQLITE_FILE = "data/tracker.db";

/** Which database a DATABASE_URL names; nothing means the embedded SQLite file. */
export function resolveDatabaseUrl(url: string | undefined, cwd: string = process.cwd()): DatabaseTarget {
  if (url && /^postgres(ql)?:\/\//.test(url)) return { provider: "postgresql", url };
  const raw = url ? url.replace(/^file:/, "") : DEFAULT_SQLITE_FILE;
  const file = raw === ":memory:" ? raw : path.resolve(cwd, raw);
  return { provider: "sqlite", url: `file:${file}`, file };
}
