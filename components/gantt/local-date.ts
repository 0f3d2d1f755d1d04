// frappe-gantt works in LOCAL time: it parses "yyyy-MM-dd" as local midnight
// and reports drags as local Dates. Never use toISOString() (UTC) on them.
import { format, isValid } from "date-fns";

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The local calendar day of `date` as yyyy-MM-dd; null for an invalid Date. */
export function toLocalIsoDate(date: Date): string | null {
  return isValid(date) ? format(date, "yyyy-MM-dd") : null;
}

/** yyyy-MM-dd → local midnight; null unless it is a real calendar day. */
export function parseLocalIsoDate(day: string): Date | null {
  const parts = ISO_DAY.exec(day);
  if (!parts) return null;
  // the Date constructor, not date-fns' parseISO: every bar's dates go through here on each draw, and it was a tenth of the chart's first draw
  const [y, m, d] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const date = new Date(y, m - 1, d);
  // a day the calendar lacks (02-30) rolls over into the next month: refused; years below 100 are not mapped to 19xx
  date.setFullYear(y);
  return date.getFullYear() === y && date.getMonth() === m - 1 && date.getDate() === d ? date : null;
}

/**
 * frappe-gantt's on_date_change(task, start, end) → inclusive yyyy-MM-dd days.
 * `end` is the exclusive end minus one second (23:59:59 local of the last day).
 */
export function changeToDays(start: Date, end: Date): { start: string; end: string } | null {
  const s = toLocalIsoDate(start);
  const e = toLocalIsoDate(end);
  if (!s || !e) return null;
  return { start: s, end: e < s ? s : e };
}
