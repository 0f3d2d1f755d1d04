import type { Tx } from "../../db";
import { readOpenMilestones } from "../../db/store/milestones";
import { insertMilestoneObservations, readCompletionsAfter } from "../../db/store/observations";
import { completionObservation, matchCompletion } from "./plan-import";

/**
 * A week imported after a later one may bring the milestone that later week
 * said was done without a date (`老加工链路盘点完成`): apply those completions
 * now, as observations of the later report, so the import order does not
 * change the result. Returns the milestones it completed.
 */
export async function applyLaterCompletions(tx: Tx, initiativeIds: number[], after: string): Promise<number[]> {
  const completed: number[] = [];
  for (const o of await readCompletionsAfter(tx, initiativeIds, after)) {
    // What that report dates or completes itself is not for a completion to change.
    const open = (await readOpenMilestones(tx, o.initiativeId)).filter((m) => !m.reportIds.includes(o.reportId));
    for (const c of o.completions) {
      const match = matchCompletion(open, c);
      if (!match) continue;
      await insertMilestoneObservations(tx, [
        { milestoneId: match.id, reportId: o.reportId, basisDate: o.basisDate, ...completionObservation(match, c, o.basisDate) },
      ]);
      open.splice(open.indexOf(match), 1);
      completed.push(match.id);
    }
  }
  return completed;
}
