import { Prisma } from "../../generated/prisma/client";
import type { DbOrTx } from "../create-client";

/** Column types both SQLite and PostgreSQL understand in a CAST. */
export type ColumnType = "INTEGER" | "DOUBLE PRECISION" | "TEXT";
/** a row's id and its new values */
export type RowUpdate<C extends string> = { id: number } & Record<C, string | number | null>;

/** rows per statement: 500 × a dozen columns stays under both databases' limit on parameters */
const CHUNK = 500;

/**
 * Writes different values to many rows of a table (one with `version` and
 * `updatedAt`) in one statement per 500 rows, bumping `version` and setting
 * `updatedAt` as the client would. One `update` per row costs a round through
 * Prisma's query compiler each: an import re-derives a dozen rows, and this is
 * where it spent a third of its time.
 *
 * `UPDATE … FROM (VALUES …)` is standard SQL that SQLite (3.33+) and
 * PostgreSQL both run; both name the VALUES columns column1, column2, …; the
 * casts give PostgreSQL the types its untyped parameters lack. `table` and the
 * column names come from code, never from input.
 */
export async function updateRowsById<C extends string>(
  db: DbOrTx,
  table: string,
  columns: Record<C, ColumnType>,
  rows: readonly RowUpdate<NoInfer<C>>[],
): Promise<void> {
  const names = Object.keys(columns) as C[];
  const set = Prisma.raw(names.map((c, k) => `"${c}" = v.column${k + 2}`).join(", "));
  const cast = (value: string | number | null, type: ColumnType) => Prisma.sql`CAST(${value} AS ${Prisma.raw(type)})`;
  const now = new Date();
  for (let i = 0; i < rows.length; i += CHUNK) {
    const values = rows
      .slice(i, i + CHUNK)
      .map((row) => Prisma.sql`(${Prisma.join([cast(row.id, "INTEGER"), ...names.map((c) => cast(row[c], columns[c]))])})`);
    await db.$executeRaw`UPDATE ${Prisma.raw(`"${table}"`)} SET ${set}, "version" = "version" + 1, "updatedAt" = ${now}
      FROM (VALUES ${Prisma.join(values)}) AS v WHERE ${Prisma.raw(`"${table}"."id"`)} = v.column1`;
  }
}
