// Plain-row reads for the store: SQL with quoted identifiers that SQLite and
// PostgreSQL both run, rows as the driver returns them (no model hydration),
// and the converters that turn their cells into typed values.
import { Prisma } from "../../generated/prisma/client";
import { type DbOrTx, directReaderOf } from "../create-client";

export type RawRow<K extends string> = Record<K, unknown>;

/** ids per statement: far below both databases' limits on parameters */
const CHUNK = 1000;

/** ids per Prisma query: Prisma holds SQLite to 999 parameters, whatever SQLite allows */
const PRISMA_CHUNK = 500;

/**
 * Runs a Prisma `query` on slices of `ids` small enough for one statement and
 * joins the results: a list of ids as long as a report's (10,000 initiatives)
 * would pass the parameter limit (P2029) in one `in`.
 */
export async function inChunks<T>(ids: readonly number[], query: (part: number[]) => Promise<readonly T[] | void>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += PRISMA_CHUNK) out.push(...((await query(ids.slice(i, i + PRISMA_CHUNK))) ?? []));
  return out;
}

export const sqlColumns = (names: readonly string[]) => names.map((c) => `"${c}"`).join(", ");

/**
 * `sql` (a SELECT from code, without a WHERE of its own: the id filter is its
 * WHERE) for every row it selects, or only for those whose
 * `column` is one of `ids`. A whole-table read on the app's client goes straight
 * to the driver (direct-reader.ts).
 */
export async function selectRows<K extends string>(
  db: DbOrTx,
  sql: string,
  where?: { column: string; ids: Iterable<number> },
): Promise<RawRow<K>[]> {
  if (!where) {
    const direct = directReaderOf(db);
    return direct ? ((await direct.all(sql)) as RawRow<K>[]) : db.$queryRawUnsafe<RawRow<K>[]>(sql);
  }
  const ids = [...new Set(where.ids)];
  const rows: RawRow<K>[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const part = ids.slice(i, i + CHUNK);
    rows.push(...(await db.$queryRaw<RawRow<K>[]>(Prisma.sql`${Prisma.raw(`${sql} WHERE "${where.column}"`)} IN (${Prisma.join(part)})`)));
  }
  return rows;
}

export const num = (v: unknown): number => Number(v);
export const str = (v: unknown): string => String(v);
export const strOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
export const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
