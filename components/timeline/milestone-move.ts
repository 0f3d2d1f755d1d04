// A milestone dragged to a new day keeps the length of its range
// ("12月中旬" = 12-11 ~ 12-20 moved by a week is 12-18 ~ 12-27).
import { addDays, differenceInCalendarDays, format, isValid, parseISO } from "date-fns";
import type { TimelineMilestone } from "~/server/tracking/types";

export function movedMilestone(
  milestone: Pick<TimelineMilestone, "date" | "rangeStart">,
  newDate: string,
): { date: string; rangeStart: string } {
  const from = parseISO(milestone.date);
  const to = parseISO(newDate);
  const start = parseISO(milestone.rangeStart);
  if (!isValid(from) || !isValid(to)) return { date: milestone.date, rangeStart: milestone.rangeStart };
  if (!isValid(start) || start > from) return { date: newDate, rangeStart: newDate };
  return { date: newDate, rangeStart: format(addDays(start, differenceInCalendarDays(to, from)), "yyyy-MM-dd") };
}
