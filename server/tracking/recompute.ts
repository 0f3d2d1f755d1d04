import type { Tx } from "../db";
import { deriveInitiative } from "./derive-initiative";
import { deriveMilestone } from "./derive-milestone";

/**
 * Re-derives the cached values of the given milestones and initiatives from
 * their observations; removes those no observation speaks for any more (what
 * a replaced week alone had created). Bumps `version` when anything changed,
 * so an edit made on a stale view is refused.
 */
export async function recompute(tx: Tx, milestoneIds: Iterable<number>, initiativeIds: Iterable<number>): Promise<void> {
  const initiatives = new Set(initiativeIds);
  for (const id of new Set(milestoneIds)) {
    const milestone = await tx.milestone.findUnique({ where: { id }, include: { observations: true } });
    if (!milestone) continue;
    initiatives.add(milestone.initiativeId);
    const derived = deriveMilestone(milestone.observations);
    if (!derived) {
      await tx.milestone.delete({ where: { id } });
      continue;
    }
    const changed = (Object.keys(derived) as (keyof typeof derived)[]).some((k) => derived[k] !== milestone[k]);
    if (changed) await tx.milestone.update({ where: { id }, data: { ...derived, version: { increment: 1 } } });
  }
  for (const id of initiatives) {
    const initiative = await tx.initiative.findUnique({
      where: { id },
      include: { observations: { select: { id: true, basisDate: true, reportId: true, progress: true, status: true, startDate: true } }, _count: { select: { milestones: true } } },
    });
    if (!initiative) continue;
    if (initiative.observations.length === 0 && initiative._count.milestones === 0) {
      await tx.initiative.delete({ where: { id } });
      continue;
    }
    const { progressHistory, ...derived } = deriveInitiative(initiative.observations);
    const history = JSON.stringify(progressHistory);
    const changed = history !== initiative.progressHistory || (Object.keys(derived) as (keyof typeof derived)[]).some((k) => derived[k] !== initiative[k]);
    if (changed) await tx.initiative.update({ where: { id }, data: { ...derived, progressHistory: history, version: { increment: 1 } } });
  }
}
