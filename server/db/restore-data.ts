import { type Db, providerOf, type Tx } from "./create-client";
import { type Dump, DumpError, type DumpRow, TABLES } from "./dump-format";
import { delegateOf } from "./export-data";
import { bumpRevision } from "./tracking-revision";

// Keeps each INSERT well under SQLite's limit on bound parameters.
const CHUNK = 200;

export type RestoreCounts = Record<(typeof TABLES)[number]["name"], number>;

/**
 * Writes a dump into an empty, migrated database, ids and timestamps as they
 * were, in one transaction: all of it or nothing. Refuses a database that
 * already holds data, so nothing is overwritten or merged by accident.
 */
export async function restoreData(db: Db, dump: Dump): Promise<RestoreCounts> {
  return db.$transaction(
    async (tx) => {
      await assertEmpty(tx);
      const counts = {} as RestoreCounts;
      for (const table of TABLES) {
        const rows = dump.tables[table.name].map((row) => fromJsonRow(row, table, table.name));
        for (let i = 0; i < rows.length; i += CHUNK) await delegateOf(tx, table.model).createMany({ data: rows.slice(i, i + CHUNK) });
        counts[table.name] = rows.length;
      }
      if (providerOf(tx) === "postgresql") await resetSequences(tx);
      await bumpRevision(tx);
      return counts;
    },
    { maxWait: 10_000, timeout: 600_000 },
  );
}

async function assertEmpty(tx: Tx) {
  const held: string[] = [];
  for (const table of TABLES) {
    const n = await delegateOf(tx, table.model).count();
    if (n > 0) held.push(`${table.label} ${n} 条`);
  }
  if (held.length > 0) {
    throw new DumpError(`目标数据库不是空的（已有${held.join("、")}），只能恢复到空数据库；请换一个新数据库或先清空它`);
  }
}

function fromJsonRow(
  row: DumpRow,
  spec: { dates: readonly string[]; nullableDates?: readonly string[] },
  table: string,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...row };
  const present = (spec.nullableDates ?? []).filter((field) => row[field] !== null && row[field] !== undefined);
  for (const field of [...spec.dates, ...present]) {
    const value = row[field];
    const date = typeof value === "string" ? new Date(value) : null;
    if (!date || Number.isNaN(date.getTime())) throw new DumpError(`导出文件中 ${table}.${field} 不是有效的时间: ${String(value)}`);
    out[field] = date;
  }
  return out;
}

// Rows were inserted with their ids, which PostgreSQL's SERIAL sequences did
// not see: point each sequence past the largest id so new rows do not collide.
async function resetSequences(tx: Tx) {
  for (const { name } of TABLES.filter((t) => !t.textId && !t.key)) {
    await tx.$executeRawUnsafe(
      `SELECT setval(pg_get_serial_sequence('"${name}"', 'id'), COALESCE((SELECT MAX("id") FROM "${name}"), 0) + 1, false)`,
    );
  }
}
