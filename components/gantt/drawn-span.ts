// How far the chart reaches, whatever the data says: frappe-gantt draws one
// column per day (week, month) from the earliest to the latest date it is given,
// so one year typo (9999-12-31) once built 201,126 nodes and crashed the page.
import { addDays, format, parseISO } from "date-fns";
import type { GanttTask } from "./types";

/** Six years: a plan's whole life, with room on both sides. */
export const MAX_SPAN_DAYS = 6 * 366;

export interface DaySpan {
  from: string;
  to: string;
}

const shift = (day: string, days: number) => format(addDays(parseISO(day), days), "yyyy-MM-dd");

/**
 * The days the chart may show: null when the tasks fit in MAX_SPAN_DAYS;
 * otherwise that many days centred on `anchor` (today), or on the middle
 * task's start when there is no anchor.
 */
export function drawnSpan(tasks: readonly GanttTask[], anchor?: string): DaySpan | null {
  if (tasks.length === 0) return null;
  let first = tasks[0]!.start;
  let last = tasks[0]!.end;
  for (const t of tasks) {
    if (t.start < first) first = t.start;
    if (t.end > last) last = t.end;
  }
  if (parseISO(last).getTime() - parseISO(first).getTime() <= MAX_SPAN_DAYS * 86_400_000) return null;
  const centre = anchor ?? tasks.map((t) => t.start).sort()[Math.floor(tasks.length / 2)]!;
  const half = Math.floor(MAX_SPAN_DAYS / 2);
  return { from: shift(centre, -half), to: shift(centre, half) };
}

/** A day moved into the span. */
export const clampDay = (day: string, span: DaySpan | null): string =>
  !span ? day : day < span.from ? span.from : day > span.to ? span.to : day;
