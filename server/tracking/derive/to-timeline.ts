// Cached rows → the shapes the UI draws. Pure. The figures come from
// lib/timeline/figures.ts, which the client's optimistic update uses too.
import { compareMilestones, initiativeFigures, milestoneFigures } from "../../../lib/timeline/figures";
import type { InitiativeRow, MilestoneRow } from "../../db/store/timeline-rows";
import type { TimelineInitiative, TimelineMilestone } from "../types";

// Object literals, not spreads: spreading thousands of rows costs V8 a hundred
// times more than naming their fields (the whole timeline is read after every write).

/** `latestWeek` is the newest report week of the milestone's department. */
export function toTimelineMilestone(m: MilestoneRow, today: string, latestWeek: string | null): TimelineMilestone {
  const { slipDays, overdue, slippedThisWeek } = milestoneFigures(m, today, latestWeek);
  return {
    id: m.id,
    title: m.title,
    date: m.date,
    rangeStart: m.rangeStart,
    precision: m.precision,
    state: m.state,
    baselineDate: m.baselineDate,
    baselineStart: m.baselineStart,
    timesMoved: m.timesMoved,
    lastMoveWeek: m.lastMoveWeek,
    lastMoveDays: m.lastMoveDays,
    version: m.version,
    slipDays,
    overdue,
    slippedThisWeek,
  };
}

/** `latestWeek` is the newest report week of the initiative's department. */
export function toTimelineInitiative(i: InitiativeRow, today: string, latestWeek: string | null): TimelineInitiative {
  const milestones = i.milestones.map((m) => toTimelineMilestone(m, today, latestWeek)).sort(compareMilestones);
  const figures = initiativeFigures(i, milestones, today, latestWeek);
  return {
    id: i.id,
    departmentId: i.departmentId,
    name: i.name,
    aliases: i.aliasNames.filter((n) => n !== i.name).sort(),
    groupId: i.groupId,
    group: i.groupName,
    status: i.status,
    progress: i.progress,
    owner: i.owner,
    lastSeenWeek: i.lastSeenWeek,
    departmentLatestWeek: latestWeek,
    startDate: figures.startDate,
    endDate: figures.endDate,
    silent: figures.silent,
    slipDays: figures.slipDays,
    slippedCount: figures.slippedCount,
    overdueCount: figures.overdueCount,
    atRiskCount: figures.atRiskCount,
    milestones,
    version: i.version,
  };
}
