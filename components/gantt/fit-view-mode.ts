// The view mode in which a span of days fits a width: the finest that does,
// else the coarsest. Pure; from the view modes' own column widths and steps.
import { differenceInCalendarDays, parseISO } from "date-fns";
import { createViewModes, type GanttViewModeName } from "./view-modes";

/** days a column stands for, as frappe-gantt sizes bars (a month counts 30 days) */
function stepDays(step: string): number {
  const m = /^(\d+)([dm])$/.exec(step);
  if (!m) return 1;
  return Number(m[1]) * (m[2] === "m" ? 30 : 1);
}

export function fittingViewMode(span: { start: string; end: string }, width: number): GanttViewModeName {
  const modes = createViewModes();
  const days = differenceInCalendarDays(parseISO(span.end), parseISO(span.start)) + 1;
  const fits = modes.find((m) => Number.isFinite(days) && (days * (m.column_width ?? 0)) / stepDays(m.step) <= width);
  return (fits ?? modes[modes.length - 1]!).name;
}
