// frappe-gantt works in LOCAL time: it parses "yyyy-MM-dd" as local midnight
// and reports drags as local Dates. Never use toISOString() (UTC) on them.
import { format, isValid, parseISO } from "date-fns";

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The local calendar day of `date` as yyyy-MM-dd; null for an invalid Date. */
export function toLocalIsoDate(date: Date): string | null {
  return isValid(date) ? format(date, "yyyy-MM-dd") : null;
}

/** yyyy-MM-dd → local midnight; null unless it is a real calendar day. */
export function parseLocalIsoDate(day: string): Date | null {
  if (!ISO_DAY.test(day)) return null;
  const date = parseISO(day); // a day alone is local midnight; several times faster than parse() with a pattern
  return isValid(date) ? date : null;
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
