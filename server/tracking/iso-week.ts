import { parseISO } from "date-fns";
import { isoWeekLabel } from "../extract/report-header";

const cache = new Map<string, string>();

/**
 * `2024-11-23` → `2024-W47`: the same label the extractor gives a report.
 * Deriving an initiative labels every observation, over a few hundred
 * distinct dates, so each date is labelled once.
 */
export function isoWeekOf(date: string): string {
  let week = cache.get(date);
  if (week === undefined) {
    week = isoWeekLabel(parseISO(date));
    if (cache.size > 10_000) cache.clear();
    cache.set(date, week);
  }
  return week;
}
