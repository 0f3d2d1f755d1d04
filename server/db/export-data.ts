import { type Db, type DbOrTx, providerOf } from "./create-client";
import { type Dump, DUMP_FORMAT, DUMP_VERSION, type DumpRow, TABLES } from "./dump-format";

export interface ExportOptions {
  /** when the export was taken; defaults to now */
  exportedAt?: Date;
}

/** The delegate calls export and restore make, on any model. */
export interface TableDelegate {
  findMany(args: { orderBy: Record<string, "asc">[] }): Promise<Record<string, unknown>[]>;
  createMany(args: { data: Record<string, unknown>[] }): Promise<{ count: number }>;
  count(): Promise<number>;
}

type Table = (typeof TABLES)[number];

export const delegateOf = (db: DbOrTx, model: Table["model"]) => db[model] as unknown as TableDelegate;

/** Every row of the table, in primary-key order. */
export const readTable = (db: DbOrTx, table: Table) =>
  delegateOf(db, table.model).findMany({ orderBy: (table.key ?? ["id"]).map((column) => ({ [column]: "asc" as const })) });

/** Every row of every table, read in one transaction so the dump is a consistent snapshot. */
export async function exportData(db: Db, options: ExportOptions = {}): Promise<Dump> {
  // PostgreSQL's default (read committed) would let each table see a different moment.
  const isolation = providerOf(db) === "postgresql" ? { isolationLevel: "RepeatableRead" as never } : {};
  const tables = await db.$transaction(
    async (tx) => {
      const out: Partial<Dump["tables"]> = {};
      for (const table of TABLES) out[table.name] = (await readTable(tx, table)).map(toJsonRow);
      return out as Dump["tables"];
    },
    { ...isolation, maxWait: 10_000, timeout: 600_000 },
  );
  return { format: DUMP_FORMAT, version: DUMP_VERSION, exportedAt: (options.exportedAt ?? new Date()).toISOString(), tables };
}

function toJsonRow(row: Record<string, unknown>): DumpRow {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : (v as DumpRow[string])]));
}
