// The layout-profile rules an import taught, kept in its undo point: the rows it
// created (by row id: a PM's later edit writes a new row, so an edited rule is
// no longer one of them) and the rows it overruled (whole, to come back as
// they were: same id, same source and time).
import type { DbOrTx, Tx } from "../create-client";

export interface ProfileRuleRow {
  id: number;
  departmentId: number;
  ruleId: string;
  kind: string;
  match: string;
  value: string;
  sourceReportId: number | null;
  sourceWeek: string | null;
  actor: string | null;
  createdAt: Date;
}

export interface TaughtRules {
  created: number[];
  removed: ProfileRuleRow[];
}

export function readProfileRuleRows(db: DbOrTx, departmentId: number): Promise<ProfileRuleRow[]> {
  return db.layoutProfileRule.findMany({ where: { departmentId }, orderBy: { id: "asc" } });
}

/** What an operation did to the rules, from the rows before and after it. */
export function taughtRules(before: readonly ProfileRuleRow[], after: readonly ProfileRuleRow[]): TaughtRules {
  const beforeIds = new Set(before.map((r) => r.id));
  const afterIds = new Set(after.map((r) => r.id));
  return { created: after.filter((r) => !beforeIds.has(r.id)).map((r) => r.id), removed: before.filter((r) => !afterIds.has(r.id)) };
}

/** Deletes rule rows by row id (those gone already are skipped). */
export async function deleteProfileRuleRows(tx: Tx, departmentId: number, ids: readonly number[]): Promise<void> {
  if (ids.length > 0) await tx.layoutProfileRule.deleteMany({ where: { departmentId, id: { in: [...ids] } } });
}

/** Writes rule rows back as they were, ids and times included. */
export async function putBackProfileRuleRows(tx: Tx, rows: readonly ProfileRuleRow[]): Promise<void> {
  if (rows.length > 0) await tx.layoutProfileRule.createMany({ data: rows.map((row) => ({ ...row })) });
}
