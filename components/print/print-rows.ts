// The printable timeline (PDF through the browser's print): exactly the
// filtered timeline as rows (each initiative, then its milestones, as the chart
// draws them expanded), cut into pages of a fixed number of rows so that every
// page repeats the header. Positions are percentages of the whole span. Pure.
import { differenceInCalendarDays, eachMonthOfInterval, format, parseISO } from "date-fns";
import type { Timeline } from "~/server/tracking/types";
import { messages } from "~/lib/messages";
import { timelineSpan } from "../timeline/start-day";

export type Paper = "A4" | "A3";

/** Rows one landscape page holds under its header (row height and margins: timeline-print.css). */
export const ROWS_PER_PAGE: Record<Paper, number> = { A4: 22, A3: 34 };

export const parsePaper = (value: string | undefined): Paper => (value === "A3" ? "A3" : "A4");

export interface PrintRow {
  key: string;
  kind: "initiative" | "milestone";
  group: string;
  name: string;
  /** `yyyy-MM-dd`, or for an initiative its span */
  when: string;
  /** days late against the baseline (milestones), or its largest milestone slip */
  slipDays: number;
  state: string;
  /** where its bar starts and how wide it is, in % of the span; a milestone's width is 0 */
  left: number;
  width: number;
}

export interface PrintTick {
  label: string;
  left: number;
}

export interface PrintLayout {
  pages: PrintRow[][];
  ticks: PrintTick[];
  rowCount: number;
}

function scale(span: { start: string; end: string }) {
  const start = parseISO(span.start);
  const total = Math.max(1, differenceInCalendarDays(parseISO(span.end), start) + 1);
  return (day: string) => (differenceInCalendarDays(parseISO(day), start) / total) * 100;
}

/** Every row of the timeline, in the chart's order. */
export function printRows(timeline: Timeline): PrintRow[] {
  const span = timelineSpan(timeline);
  if (!span) return [];
  const at = scale(span);
  const state = messages.chart.milestoneState;
  return timeline.groups.flatMap((g) =>
    g.initiatives.flatMap((i) => [
      {
        key: `i-${i.id}`,
        kind: "initiative" as const,
        group: g.name,
        name: i.name,
        when: `${i.startDate} → ${i.endDate}`,
        slipDays: i.slipDays,
        state: messages.chart.initiativeStatus[i.status],
        left: at(i.startDate),
        width: Math.max(0.5, at(i.endDate) - at(i.startDate)),
      },
      ...i.milestones.map((m) => ({
        key: `m-${m.id}`,
        kind: "milestone" as const,
        group: g.name,
        name: m.title,
        when: m.date,
        slipDays: m.slipDays,
        state: state[m.overdue ? "overdue" : m.state],
        left: at(m.date),
        width: 0,
      })),
    ]),
  );
}

/** Month starts within the span, as labels over the bars. */
export function printTicks(timeline: Timeline): PrintTick[] {
  const span = timelineSpan(timeline);
  if (!span) return [];
  const at = scale(span);
  return eachMonthOfInterval({ start: parseISO(span.start), end: parseISO(span.end) })
    .map((d) => format(d, "yyyy-MM-dd"))
    .filter((d) => d >= span.start)
    .map((d) => ({ label: d.slice(0, 7), left: at(d) }));
}

/** The rows cut into pages of ROWS_PER_PAGE[paper]; at least one page, so an empty timeline still prints its header. */
export function printLayout(timeline: Timeline, paper: Paper): PrintLayout {
  const rows = printRows(timeline);
  const size = ROWS_PER_PAGE[paper];
  const pages: PrintRow[][] = [];
  for (let i = 0; i < rows.length; i += size) pages.push(rows.slice(i, i + size));
  return { pages: pages.length ? pages : [[]], ticks: printTicks(timeline), rowCount: rows.length };
}
