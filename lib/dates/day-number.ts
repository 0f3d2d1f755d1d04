import { differenceInCalendarDays, parseISO } from "date-fns";
import { perDate } from "./per-date";

const EPOCH = parseISO("2000-01-01");

/** Days since 2000-01-01 of a `yyyy-MM-dd` date. */
export const dayNumber = perDate((date) => differenceInCalendarDays(parseISO(date), EPOCH));

/** `later − earlier` in calendar days. */
export function daysBetween(earlier: string, later: string): number {
  return dayNumber(later) - dayNumber(earlier);
}
