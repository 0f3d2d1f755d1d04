// The figures the timeline shows that follow from stored facts and "today":
// one derivation for the server's answer and the client's optimistic update,
// so the chart does not change when the refetched timeline replaces the guess.
import { daysBetween } from "../dates/day-number";
import type { TimelineInitiative, TimelineMilestone } from "./types";

/** What `lastMoveWeek` holds when a PM's edit, not a report, made the latest move. */
export const MANUAL_MOVE_WEEK = "manual";

export type MilestoneFacts = Pick<TimelineMilestone, "date" | "baselineDate" | "state" | "lastMoveWeek" | "lastMoveDays">;
export type MilestoneFigures = Pick<TimelineMilestone, "slipDays" | "overdue" | "slippedThisWeek">;

/**
 * Slip is counted by the end of each range (a fuzzy `12月中旬` counts as 12-20).
 * `latestWeek` is the newest report week of the milestone's department: a
 * manual move (`MANUAL_MOVE_WEEK`) is never "this week's" slip.
 */
export function milestoneFigures(m: MilestoneFacts, today: string, latestWeek: string | null): MilestoneFigures {
  return {
    slipDays: daysBetween(m.baselineDate, m.date),
    overdue: m.state !== "done" && m.date < today,
    slippedThisWeek: m.lastMoveDays > 0 && m.lastMoveWeek !== null && m.lastMoveWeek === latestWeek,
  };
}

export type InitiativeFacts = Pick<TimelineInitiative, "status" | "lastSeenWeek"> & {
  /** the stored start (first mention or a PM's), null when neither is known */
  startDate: string | null;
};
export type FiguredMilestone = Pick<TimelineMilestone, "id" | "title" | "date" | "rangeStart" | "state" | "slipDays" | "overdue">;
export type InitiativeFigures = Pick<
  TimelineInitiative,
  "startDate" | "endDate" | "silent" | "slipDays" | "slippedCount" | "overdueCount" | "atRiskCount"
>;

/**
 * The bar spans the start and every milestone's range; without a stored start
 * it begins where the first milestone (in `compareMilestones` order) does.
 */
export function initiativeFigures(
  i: InitiativeFacts,
  milestones: readonly FiguredMilestone[],
  today: string,
  latestWeek: string | null,
): InitiativeFigures {
  const first = milestones.reduce<FiguredMilestone | null>((min, m) => (min === null || compareMilestones(m, min) < 0 ? m : min), null);
  const startDate = i.startDate ?? first?.rangeStart ?? today;
  let endDate = startDate;
  let slipDays = 0;
  let slippedCount = 0;
  let overdueCount = 0;
  let atRiskCount = 0;
  for (const m of milestones) {
    if (m.rangeStart > endDate) endDate = m.rangeStart;
    if (m.date > endDate) endDate = m.date;
    if (m.slipDays > 0) slippedCount++;
    if (m.slipDays > slipDays) slipDays = m.slipDays;
    if (m.overdue) overdueCount++;
    if (m.state === "at_risk") atRiskCount++;
  }
  return {
    startDate,
    endDate,
    silent: latestWeek !== null && i.lastSeenWeek !== latestWeek && i.status !== "done",
    slipDays,
    slippedCount,
    overdueCount,
    atRiskCount,
  };
}

/**
 * The order of an initiative's milestones: by date, then title, then id.
 * Code-point order, not localeCompare: the same everywhere and much faster
 * for thousands of rows.
 */
export function compareMilestones(
  a: Pick<TimelineMilestone, "date" | "title" | "id">,
  b: Pick<TimelineMilestone, "date" | "title" | "id">,
): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.title !== b.title) return a.title < b.title ? -1 : 1;
  return a.id - b.id;
}
