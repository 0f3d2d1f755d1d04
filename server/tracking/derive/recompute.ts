import {
  deleteInitiatives,
  deleteMilestones,
  type InitiativeDerivedColumns,
  type MilestoneDerivedColumns,
  readInitiativesWithObservations,
  readMilestonesWithObservations,
  type StoredMilestone,
  writeInitiativeColumns,
  writeMilestoneColumns,
} from "../../db/store/derived-rows";
import type { TrackedWrite } from "../tracked-transaction";
import type { TrackingEvent } from "../tracking-events";
import { daysBetween } from "../../../lib/dates/day-number";
import { deriveInitiative } from "./derive-initiative";
import { deriveMilestone } from "./derive-milestone";

/**
 * Re-derives the cached values of the given milestones and initiatives from
 * their observations; removes those no observation speaks for any more (what
 * a replaced week alone had created). Bumps `version` when anything changed,
 * so an edit made on a stale view is refused. Emits what changed for people:
 * a milestone moved, slipped past its baseline, or done.
 */
export async function recompute(
  { tx, emit }: TrackedWrite,
  milestoneIds: Iterable<number>,
  initiativeIds: Iterable<number>,
): Promise<void> {
  const initiatives = new Set(initiativeIds);
  const orphans: number[] = [];
  const changedMilestones: ({ id: number } & MilestoneDerivedColumns)[] = [];
  for (const milestone of await readMilestonesWithObservations(tx, milestoneIds)) {
    initiatives.add(milestone.initiativeId);
    const derived = deriveMilestone(milestone.observations);
    if (!derived) {
      orphans.push(milestone.id);
      continue;
    }
    if ((Object.keys(derived) as (keyof MilestoneDerivedColumns)[]).some((k) => derived[k] !== milestone[k])) {
      changedMilestones.push({ id: milestone.id, ...derived });
      emit(...milestoneEvents(milestone, derived));
    }
  }
  await writeMilestoneColumns(tx, changedMilestones);
  await deleteMilestones(tx, orphans);

  const empty: number[] = [];
  const changedInitiatives: ({ id: number } & InitiativeDerivedColumns)[] = [];
  for (const initiative of await readInitiativesWithObservations(tx, initiatives)) {
    if (initiative.observations.length === 0 && initiative.milestoneCount === 0) {
      empty.push(initiative.id);
      continue;
    }
    const { reportedName, ...rest } = deriveInitiative(initiative.observations);
    const derived: InitiativeDerivedColumns = { ...rest, name: !initiative.namedByPm && reportedName ? reportedName : initiative.name };
    const changed =
      JSON.stringify(derived.progressHistory) !== JSON.stringify(initiative.progressHistory) ||
      (Object.keys(derived) as (keyof InitiativeDerivedColumns)[]).some((k) => k !== "progressHistory" && derived[k] !== initiative[k]);
    if (changed) changedInitiatives.push({ id: initiative.id, ...derived });
  }
  await writeInitiativeColumns(tx, changedInitiatives);
  await deleteInitiatives(tx, empty);
}

/** What a milestone's new derived values mean to the people who follow it. */
export function milestoneEvents(before: StoredMilestone, after: MilestoneDerivedColumns): TrackingEvent[] {
  const ids = { milestoneId: before.id, initiativeId: before.initiativeId, title: after.title };
  const events: TrackingEvent[] = [];
  if (after.date !== before.date) {
    const days = daysBetween(before.date, after.date);
    events.push({ kind: "milestone_moved", ...ids, from: before.date, to: after.date, days });
    const slipDays = daysBetween(after.baselineDate, after.date);
    if (days > 0 && slipDays > 0)
      events.push({ kind: "milestone_slipped", ...ids, baselineDate: after.baselineDate, date: after.date, slipDays });
  }
  if (after.state === "done" && before.state !== "done") events.push({ kind: "milestone_done", ...ids, date: after.date });
  if (after.state === "at_risk" && before.state !== "at_risk") events.push({ kind: "milestone_at_risk", ...ids, date: after.date });
  return events;
}
