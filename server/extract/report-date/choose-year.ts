// The year of a period written without one (`从1.16-1.20`, `[11.18-12.2]`).
import { periodDays, type Period } from "./day-tokens";

const DAY_MS = 86_400_000;

/** A Monday-to-Friday range: the period most weekly reports cover. */
function isWorkWeek(period: Period, year: number): boolean {
  const days = periodDays(period, year);
  return days !== null && days.start.getDay() === 1 && days.end.getDay() === 5;
}

/**
 * The year of `period`'s end: the one that puts it nearest to `anchor` (a full
 * date the report states elsewhere, e.g. in its file name), else, around the
 * year the text names most, the year in which the period runs Monday to Friday,
 * else that year itself. Null when nothing names a year.
 */
export function chooseYear(period: Period, anchor: Date | null, years: ReadonlyMap<number, number>): number | null {
  if (anchor) {
    const around = [anchor.getFullYear() - 1, anchor.getFullYear(), anchor.getFullYear() + 1];
    const distance = (year: number) => {
      const days = periodDays(period, year);
      return days ? Math.abs(days.end.getTime() - anchor.getTime()) : Infinity;
    };
    const best = around.reduce((a, b) => (distance(b) < distance(a) ? b : a));
    if (distance(best) <= 183 * DAY_MS) return best;
  }
  let top: number | null = null;
  for (const [year, count] of years) {
    if (top === null || count > years.get(top)! || (count === years.get(top)! && year > top)) top = year;
  }
  if (top === null) return null;
  const score = (year: number) => (year === top ? 1 : 0) + (isWorkWeek(period, year) ? 2 : 0);
  return [top - 1, top, top + 1].reduce((a, b) => (score(b) > score(a) ? b : a), top);
}
