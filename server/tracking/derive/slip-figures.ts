import { daysBetween } from "./day-number";

export interface SlipFigures {
  slipDays: number;
  overdue: boolean;
  slippedThisWeek: boolean;
}

/**
 * Slip is counted by the end of each range (a fuzzy `12月中旬` counts as 12-20).
 * `latestWeek` is the newest report week of the milestone's department.
 */
export function slipFigures(
  m: { date: string; baselineDate: string; state: string; lastMoveWeek: string | null; lastMoveDays: number },
  today: string,
  latestWeek: string | null,
): SlipFigures {
  return {
    slipDays: daysBetween(m.baselineDate, m.date),
    overdue: m.state !== "done" && m.date < today,
    slippedThisWeek: m.lastMoveDays > 0 && m.lastMoveWeek !== null && m.lastMoveWeek === latestWeek,
  };
}
