import type { Tx } from "../../db";
import { type ColumnType, type RowUpdate, updateRowsById } from "../../db/update-rows";
import { deriveInitiative } from "./derive-initiative";
import { type DerivedMilestone, deriveMilestone } from "./derive-milestone";

const MILESTONE_COLUMNS: Record<keyof DerivedMilestone, ColumnType> = {
  title: "TEXT", date: "TEXT", rangeStart: "TEXT", precision: "TEXT", state: "TEXT", baselineDate: "TEXT", baselineStart: "TEXT",
  timesMoved: "INTEGER", lastMoveWeek: "TEXT", lastMoveDays: "INTEGER",
};
const INITIATIVE_COLUMNS = {
  name: "TEXT", progress: "DOUBLE PRECISION", status: "TEXT", startDate: "TEXT", lastSeenWeek: "TEXT", progressHistory: "TEXT",
} as const satisfies Record<string, ColumnType>;

/**
 * Re-derives the cached values of the given milestones and initiatives from
 * their observations; removes those no observation speaks for any more (what
 * a replaced week alone had created). Bumps `version` when anything changed,
 * so an edit made on a stale view is refused.
 */
export async function recompute(tx: Tx, milestoneIds: Iterable<number>, initiativeIds: Iterable<number>): Promise<void> {
  const initiatives = new Set(initiativeIds);
  const milestones = await tx.milestone.findMany({
    where: { id: { in: [...new Set(milestoneIds)] } },
    include: {
      observations: {
        select: { id: true, basisDate: true, reportId: true, title: true, date: true, rangeStart: true, precision: true, state: true, statedBaseline: true },
      },
    },
  });
  const orphans: number[] = [];
  const changedMilestones: RowUpdate<keyof DerivedMilestone>[] = [];
  for (const milestone of milestones) {
    initiatives.add(milestone.initiativeId);
    const derived = deriveMilestone(milestone.observations);
    if (!derived) {
      orphans.push(milestone.id);
      continue;
    }
    const changed = (Object.keys(derived) as (keyof typeof derived)[]).some((k) => derived[k] !== milestone[k]);
    if (changed) changedMilestones.push({ id: milestone.id, ...derived });
  }
  await updateRowsById(tx, "Milestone", MILESTONE_COLUMNS, changedMilestones);
  if (orphans.length) await tx.milestone.deleteMany({ where: { id: { in: orphans } } });

  const rows = await tx.initiative.findMany({
    where: { id: { in: [...initiatives] } },
    include: { observations: { select: { id: true, basisDate: true, reportId: true, progress: true, status: true, startDate: true, name: true } }, _count: { select: { milestones: true } } },
  });
  const named = new Set(
    (await tx.editLog.findMany({ where: { entity: "initiative", field: { in: ["name", "merge"] }, entityId: { in: rows.map((r) => r.id) } }, select: { entityId: true } })).map((e) => e.entityId),
  );
  const empty: number[] = [];
  const changedInitiatives: RowUpdate<keyof typeof INITIATIVE_COLUMNS>[] = [];
  for (const initiative of rows) {
    if (initiative.observations.length === 0 && initiative._count.milestones === 0) {
      empty.push(initiative.id);
      continue;
    }
    const { progressHistory, reportedName, ...rest } = deriveInitiative(initiative.observations);
    const derived = { ...rest, name: !named.has(initiative.id) && reportedName ? reportedName : initiative.name };
    const history = JSON.stringify(progressHistory);
    const changed = history !== initiative.progressHistory || (Object.keys(derived) as (keyof typeof derived)[]).some((k) => derived[k] !== initiative[k]);
    if (changed) changedInitiatives.push({ id: initiative.id, ...derived, progressHistory: history });
  }
  await updateRowsById(tx, "Initiative", INITIATIVE_COLUMNS, changedInitiatives);
  if (empty.length) await tx.initiative.deleteMany({ where: { id: { in: empty } } });
}
