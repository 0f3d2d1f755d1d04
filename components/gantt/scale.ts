// Timeline maths of a drawn chart, pure and per view mode: where a day sits
// (the same formula frappe-gantt's Bar.compute_x uses) and which days a dragged
// bar covers. frappe's own drag dates truncate fractional months (its
// date_utils.add calls parseInt), so dates are read back from pixels here.
import { addDays, differenceInCalendarDays } from "date-fns";
import { parseLocalIsoDate, toLocalIsoDate } from "./local-date";

export interface GanttScale {
  /** the first column: local midnight */
  start: Date;
  unit: "day" | "month";
  /** units per column: 1 or 7 days, 1 or 3 months */
  step: number;
  columnWidth: number;
}

export interface DayRange {
  start: string;
  end: string;
}

/** frappe's date_utils.diff(a, b, unit), for local midnights. */
function unitsBetween(a: Date, b: Date, unit: GanttScale["unit"]): number {
  if (unit === "day") return differenceInCalendarDays(a, b);
  let months = (a.getFullYear() - b.getFullYear()) * 12 + a.getMonth() - b.getMonth() + a.getDate() / 31;
  if (a.getDate() < b.getDate()) months--;
  return Math.round(months * 100) / 100;
}

/** Days per column as frappe-gantt sizes bars (a month counts 30 days). */
function daysPerColumn(scale: GanttScale): number {
  return scale.step * (scale.unit === "month" ? 30 : 1);
}

/** Pixel width of one day. */
export function dayWidth(scale: GanttScale): number {
  return scale.columnWidth / daysPerColumn(scale);
}

/** x of the start of `day` (yyyy-MM-dd); NaN when it is not a day. */
export function xOfDay(day: string, scale: GanttScale): number {
  const date = parseLocalIsoDate(day);
  if (!date) return Number.NaN;
  return (unitsBetween(date, scale.start, scale.unit) / scale.step) * scale.columnWidth;
}

/** Width frappe-gantt gives a bar of `days` days. */
export function widthOfDays(days: number, scale: GanttScale): number {
  return days * dayWidth(scale);
}

/** The day whose start is nearest to x (searched around an estimate, so month lengths need no algebra). */
export function dayAtX(x: number, scale: GanttScale): string {
  const guess = addDays(scale.start, Math.round(x / dayWidth(scale)));
  let best = guess;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (let offset = -45; offset <= 45; offset++) {
    const candidate = addDays(guess, offset);
    const distance = Math.abs((unitsBetween(candidate, scale.start, scale.unit) / scale.step) * scale.columnWidth - x);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return toLocalIsoDate(best) as string;
}

const TOLERANCE = 0.5;

/**
 * The days a bar covers after a drag, from its pixels and the range it had
 * before: a move keeps the duration, a resize keeps the other edge.
 */
export function rangeFromBar(bar: { x: number; width: number }, before: DayRange, scale: GanttScale): DayRange {
  const start = parseLocalIsoDate(before.start);
  const end = parseLocalIsoDate(before.end);
  if (!start || !end) return before;
  const days = Math.max(1, differenceInCalendarDays(end, start) + 1);
  const moved = Math.abs(bar.x - xOfDay(before.start, scale)) > TOLERANCE;
  const resized = Math.abs(bar.width - widthOfDays(days, scale)) > TOLERANCE;
  const iso = (d: Date) => toLocalIsoDate(d) as string;

  if (!resized) {
    if (!moved) return before;
    const newStart = dayAtX(bar.x, scale);
    return { start: newStart, end: iso(addDays(parseLocalIsoDate(newStart) as Date, days - 1)) };
  }
  if (moved) {
    const newStart = dayAtX(bar.x, scale);
    return { start: newStart < before.end ? newStart : before.end, end: before.end };
  }
  const newDays = Math.max(1, Math.round(bar.width / dayWidth(scale)));
  return { start: before.start, end: iso(addDays(start, newDays - 1)) };
}

/** Whether two ranges span the same number of days. */
export function sameLength(a: DayRange, b: DayRange): boolean {
  const [as, ae, bs, be] = [a.start, a.end, b.start, b.end].map(parseLocalIsoDate);
  if (!as || !ae || !bs || !be) return false;
  return differenceInCalendarDays(ae, as) === differenceInCalendarDays(be, bs);
}
