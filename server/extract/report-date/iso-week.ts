import { addDays, addWeeks, getISOWeeksInYear, startOfISOWeekYear } from "date-fns";

/**
 * The Saturday of an ISO week: weekly reports are written at the end of the
 * week they describe, and the sample reports (Created: Saturday) agree, so
 * `# 2024-W47` is read as dated 2024-11-23.
 */
export function saturdayOfIsoWeek(year: number, week: number): Date | null {
  if (year < 2000 || year > 2100 || week < 1) return null;
  const anchor = new Date(year, 0, 4);
  if (week > getISOWeeksInYear(anchor)) return null;
  return addDays(addWeeks(startOfISOWeekYear(anchor), week - 1), 5);
}
