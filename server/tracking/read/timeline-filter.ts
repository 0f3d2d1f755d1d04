import { normalizeName } from "../derive/normalize-name";
import type { TimelineFilter, TimelineInitiative, TimelineStateFilter } from "../types";

const matchesState: Record<TimelineStateFilter, (i: TimelineInitiative) => boolean> = {
  slipped: (i) => i.slippedCount > 0,
  overdue: (i) => i.overdueCount > 0,
  at_risk: (i) => i.atRiskCount > 0,
  done: (i) => i.status === "done",
  active: (i) => i.status === "active",
  silent: (i) => i.silent,
};

/** Keeps initiatives in any chosen group, in any chosen state, whose names or milestones contain the search text. */
export function filterInitiatives(initiatives: TimelineInitiative[], filter: TimelineFilter = {}): TimelineInitiative[] {
  const q = filter.q ? normalizeName(filter.q) : "";
  return initiatives.filter(
    (i) =>
      (!filter.departmentIds || filter.departmentIds.includes(i.departmentId)) &&
      (!filter.groupIds?.length || filter.groupIds.includes(i.groupId)) &&
      (!filter.states?.length || filter.states.some((s) => matchesState[s](i))) &&
      (!q || [i.name, i.group, ...i.aliases, ...i.milestones.map((m) => m.title)].some((n) => normalizeName(n).includes(q))),
  );
}
