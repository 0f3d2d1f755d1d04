import type { ProfileRule } from "../../../lib/layout-profile/layout-profile";
import { findContradiction } from "../../../lib/layout-profile/parse-layout-profile";
import type { Tx } from "../../db";
import {
  deleteProfileRuleRows,
  type ProfileRuleRow,
  putBackProfileRuleRows,
  readProfileRuleRows,
  type TaughtRules,
} from "../../db/store/undo-profile-rules";

const asRule = (row: ProfileRuleRow): ProfileRule => ({
  id: row.ruleId,
  kind: row.kind as ProfileRule["kind"],
  match: row.match,
  value: row.value,
  source: { reportId: row.sourceReportId, week: row.sourceWeek, actor: row.actor, at: null },
});

/**
 * An undone import forgets the layout rules it taught: the rules it created go,
 * unless the PM has edited or removed them since (they are the PM's now); the
 * rules it overruled come back, unless one on the same label has been made
 * since (the profile never contradicts itself).
 */
export async function forgetTaughtRules(tx: Tx, departmentId: number, taught: TaughtRules): Promise<void> {
  await deleteProfileRuleRows(tx, departmentId, taught.created);
  const kept = await readProfileRuleRows(tx, departmentId);
  const back: ProfileRuleRow[] = [];
  for (const row of taught.removed) if (findContradiction([...kept, ...back, row].map(asRule)) === null) back.push(row);
  await putBackProfileRuleRows(tx, back);
}
