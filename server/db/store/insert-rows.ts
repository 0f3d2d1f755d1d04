import { Prisma } from "../../generated/prisma/client";
import type { Tx } from "../create-client";

/** parameters per statement: under SQLite's (32,766) and PostgreSQL's (65,535) limits */
const MAX_PARAMETERS = 30_000;

/**
 * Inserts many rows in one multi-row INSERT per chunk. Prisma's createMany
 * builds the same statement but costs about as much per row as the database
 * does per statement: an import writes a hundred observations, and this is
 * where it spent two fifths of its time. `table` and `columns` come from code,
 * never from input; every row gives every column (a null where it has none).
 */
export async function insertRows<C extends string>(
  tx: Tx,
  table: string,
  columns: readonly C[],
  rows: readonly Record<C, unknown>[],
  options: { skipDuplicates?: boolean } = {},
): Promise<void> {
  const names = Prisma.raw(columns.map((c) => `"${c}"`).join(", "));
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  for (let i = 0; i < rows.length; i += perStatement) {
    const values = rows.slice(i, i + perStatement).map((row) => Prisma.sql`(${Prisma.join(columns.map((c) => row[c]))})`);
    // ON CONFLICT DO NOTHING: a row that would break a unique key is left out (SQLite 3.24+ and PostgreSQL alike).
    const conflicts = Prisma.raw(options.skipDuplicates ? " ON CONFLICT DO NOTHING" : "");
    await tx.$executeRaw`INSERT INTO ${Prisma.raw(`"${table}"`)} (${names}) VALUES ${Prisma.join(values)}${conflicts}`;
  }
}
