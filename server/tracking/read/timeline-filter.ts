import { normalizeName } from "../derive/normalize-name";
import type { TimelineFilter, TimelineInitiative, TimelineMilestone, TimelineStateFilter } from "../types";

const matchesState: Record<TimelineStateFilter, (i: TimelineInitiative) => boolean> = {
  slipped: (i) => i.slippedCount > 0,
  overdue: (i) => i.overdueCount > 0,
  at_risk: (i) => i.atRiskCount > 0,
  done: (i) => i.status === "done",
  active: (i) => i.status === "active",
  silent: (i) => i.silent,
};

/** The states a milestone has of its own: under them, an initiative shows only the milestones in them. */
const milestoneState: Partial<Record<TimelineStateFilter, (m: TimelineMilestone) => boolean>> = {
  slipped: (m) => m.slipDays > 0,
  overdue: (m) => m.overdue,
  at_risk: (m) => m.state === "at_risk",
};

/**
 * Under 已延期 (逾期, 有风险) an initiative shows the milestones that are, not
 * all of its own; one kept for a state of its own (已完成, 本周未提及 …) keeps them all.
 */
function shownMilestones(i: TimelineInitiative, states: readonly TimelineStateFilter[]): TimelineInitiative {
  if (states.some((s) => !milestoneState[s] && matchesState[s](i))) return i;
  const tests = states.flatMap((s) => milestoneState[s] ?? []);
  const milestones = i.milestones.filter((m) => tests.some((t) => t(m)));
  return milestones.length === i.milestones.length ? i : { ...i, milestones };
}

/**
 * Keeps initiatives in any chosen group, in any chosen state, whose names or milestones contain the search text;
 * under milestone states, with just the milestones in them. The inputs are not changed.
 */
export function filterInitiatives(initiatives: TimelineInitiative[], filter: TimelineFilter = {}): TimelineInitiative[] {
  const q = filter.q ? normalizeName(filter.q) : "";
  const states = filter.states ?? [];
  const kept = initiatives.filter(
    (i) =>
      (!filter.departmentIds || filter.departmentIds.includes(i.departmentId)) &&
      (!filter.groupIds?.length || filter.groupIds.includes(i.groupId)) &&
      (!states.length || states.some((s) => matchesState[s](i))) &&
      (!q || [i.name, i.group, ...i.aliases, ...i.milestones.map((m) => m.title)].some((n) => normalizeName(n).includes(q))),
  );
  return states.length ? kept.map((i) => shownMilestones(i, states)) : kept;
}
