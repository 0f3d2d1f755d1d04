import { parseISO } from "date-fns";
import { isoWeekLabel } from "../extract/report-header";

/** `2024-11-23` → `2024-W47`: the same label the extractor gives a report. */
export function isoWeekOf(date: string): string {
  return isoWeekLabel(parseISO(date));
}
