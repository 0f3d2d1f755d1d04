import type { Tx } from "../../db";
import type { ExtractedCompletion } from "../../extract/types";
import { completionObservation, matchCompletion } from "./plan-import";

/**
 * A week imported after a later one may bring the milestone that later week
 * said was done without a date (`老加工链路盘点完成`): apply those completions
 * now, as observations of the later report, so the import order does not
 * change the result. Returns the milestones it completed.
 */
export async function applyLaterCompletions(tx: Tx, initiativeIds: number[], after: string): Promise<number[]> {
  const later = await tx.initiativeObservation.findMany({
    where: { initiativeId: { in: initiativeIds }, reportId: { not: null }, basisDate: { gt: after }, NOT: { completions: "[]" } },
    orderBy: [{ basisDate: "asc" }, { id: "asc" }],
    select: { initiativeId: true, reportId: true, basisDate: true, completions: true },
  });
  const completed: number[] = [];
  for (const o of later) {
    const milestones = await tx.milestone.findMany({
      where: { initiativeId: o.initiativeId, state: { not: "done" } },
      include: { observations: { select: { key: true, reportId: true } } },
    });
    // What that report dates or completes itself is not for a completion to change.
    const open = milestones
      .filter((m) => !m.observations.some((x) => x.reportId === o.reportId))
      .map((m) => ({ ...m, keys: [...new Set([m.key, ...m.observations.map((x) => x.key)])] }));
    for (const c of JSON.parse(o.completions) as ExtractedCompletion[]) {
      const match = matchCompletion(open, c);
      if (!match) continue;
      const { source, ...observation } = completionObservation(match, c, o.basisDate);
      await tx.milestoneObservation.create({
        data: { milestoneId: match.id, reportId: o.reportId, basisDate: o.basisDate, ...observation, line: source.line, text: source.text },
      });
      open.splice(open.indexOf(match), 1);
      completed.push(match.id);
    }
  }
  return completed;
}
