import { getISOWeek, getISOWeekYear, parseISO } from "date-fns";
import { perDate } from "./per-date";

/** 2024-W47 for 2024-11-23: the label of a report's week everywhere. */
export function isoWeekLabel(date: Date): string {
  return `${getISOWeekYear(date)}-W${String(getISOWeek(date)).padStart(2, "0")}`;
}

/** `2024-11-23` → `2024-W47`, for the many rows that share a few hundred dates. */
export const isoWeekOf = perDate((date) => isoWeekLabel(parseISO(date)));
