// The day the timeline first opens on: today when the data reaches it, else
// the latest report's week (old data is read around its last report, not
// around an empty today). Pure.
import { addDays, differenceInCalendarDays, format, parseISO, setISOWeek, startOfISOWeek } from "date-fns";
import type { Timeline } from "~/server/tracking/types";

/** The middle (Thursday) of an ISO week `2024-W47`; null for anything else. */
export function middleOfIsoWeek(week: string): string | null {
  const m = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!m) return null;
  const monday = startOfISOWeek(setISOWeek(new Date(Number(m[1]), 0, 4), Number(m[2])));
  return format(addDays(monday, 3), "yyyy-MM-dd");
}

/** The first and last day of everything the timeline draws; null when it has no initiative. */
export function timelineSpan(timeline: Timeline): { start: string; end: string } | null {
  let start = "";
  let end = "";
  for (const g of timeline.groups) {
    for (const i of g.initiatives) {
      const days = [i.startDate, i.endDate, ...i.milestones.flatMap((ms) => [ms.date, ms.baselineDate])];
      for (const d of days) {
        if (!start || d < start) start = d;
        if (d > end) end = d;
      }
    }
  }
  return start ? { start, end } : null;
}

export function startDay(timeline: Timeline): string {
  const span = timelineSpan(timeline);
  if (!span || (timeline.today >= span.start && timeline.today <= span.end)) return timeline.today;
  return (timeline.latestWeek && middleOfIsoWeek(timeline.latestWeek)) || timeline.today;
}

/** The day halfway through a span (the earlier of two middle days). */
export function middleDay(span: { start: string; end: string }): string {
  const start = parseISO(span.start);
  return format(addDays(start, Math.floor(differenceInCalendarDays(parseISO(span.end), start) / 2)), "yyyy-MM-dd");
}
