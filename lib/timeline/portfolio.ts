// Leadership's view across departments: per department, how many milestones
// slipped, are overdue or at risk, and how many initiatives went silent. Pure.
import type { Timeline } from "./types";

export interface PortfolioRow {
  departmentId: number;
  department: string;
  initiatives: number;
  /** milestones later than their baseline */
  slipped: number;
  overdue: number;
  atRisk: number;
  /** initiatives not in the department's latest report */
  silent: number;
  /** the department's newest report week, null before its first */
  latestWeek: string | null;
}

/** One row per department given (in that order), counted from the timeline of those departments. */
export function portfolioRows(departments: readonly { id: number; name: string }[], timeline: Timeline): PortfolioRow[] {
  const rows = new Map<number, PortfolioRow>(
    departments.map((d) => [
      d.id,
      { departmentId: d.id, department: d.name, initiatives: 0, slipped: 0, overdue: 0, atRisk: 0, silent: 0, latestWeek: null },
    ]),
  );
  for (const group of timeline.groups) {
    const row = rows.get(group.departmentId);
    if (!row) continue;
    for (const i of group.initiatives) {
      row.initiatives++;
      row.slipped += i.slippedCount;
      row.overdue += i.overdueCount;
      row.atRisk += i.atRiskCount;
      if (i.silent) row.silent++;
      row.latestWeek ??= i.departmentLatestWeek;
    }
  }
  return [...rows.values()];
}
