import { getISOWeek, getISOWeeksInYear, getISOWeekYear, parseISO } from "date-fns";
import { EARLIEST_DAY, LATEST_DAY } from "./date-window";
import { perDate } from "./per-date";

/** 2024-W47 for 2024-11-23: the label of a report's week everywhere. */
export function isoWeekLabel(date: Date): string {
  return `${getISOWeekYear(date)}-W${String(getISOWeek(date)).padStart(2, "0")}`;
}

/** `2024-11-23` → `2024-W47`, for the many rows that share a few hundred dates. */
export const isoWeekOf = perDate((date) => isoWeekLabel(parseISO(date)));

const LABEL = /^(\d{4})-W(\d{2})$/;

/** Whether `2024-W47` names a week that exists (W53 only in long years), within the date window's years. */
export function isIsoWeek(label: string): boolean {
  const m = LABEL.exec(label);
  if (!m) return false;
  const [year, week] = [Number(m[1]), Number(m[2])];
  if (year < Number(EARLIEST_DAY.slice(0, 4)) || year > Number(LATEST_DAY.slice(0, 4))) return false;
  return week >= 1 && week <= getISOWeeksInYear(new Date(year, 5, 1));
}
