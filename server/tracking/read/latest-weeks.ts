import type { DbOrTx } from "../../db";

/** The newest report week of every department. */
export async function latestWeeks(db: DbOrTx): Promise<Map<string, string>> {
  const rows = await db.report.groupBy({ by: ["department"], _max: { week: true } });
  return new Map(rows.flatMap((r) => (r._max.week ? [[r.department, r._max.week] as const] : [])));
}
