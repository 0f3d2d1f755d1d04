import { format, parseISO } from "date-fns";

/** `2024-11-23` → `2024-W47` (ISO week-numbering year and week). */
export function isoWeekOf(date: string): string {
  return format(parseISO(date), "RRRR-'W'II");
}
