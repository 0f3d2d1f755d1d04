import { differenceInCalendarDays, parseISO } from "date-fns";

const EPOCH = parseISO("2000-01-01");
const cache = new Map<string, number>();

/**
 * Days since 2000-01-01 of a `yyyy-MM-dd` date. The timeline computes slips
 * for thousands of milestones over a few hundred distinct dates, so each date
 * is parsed once.
 */
export function dayNumber(date: string): number {
  let n = cache.get(date);
  if (n === undefined) {
    n = differenceInCalendarDays(parseISO(date), EPOCH);
    if (cache.size > 10_000) cache.clear();
    cache.set(date, n);
  }
  return n;
}

/** `later − earlier` in calendar days. */
export function daysBetween(earlier: string, later: string): number {
  return dayNumber(later) - dayNumber(earlier);
}
