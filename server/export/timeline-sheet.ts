// The timeline as a table: one row per milestone (an initiative without any
// gets one row of its own), in the chart's order, with exactly the rows the
// filters left (server/tracking/read/timeline-filter.ts ran before).
import { messages } from "../../lib/messages";
import { MANUAL_MOVE_WEEK } from "../../lib/timeline/figures";
import type { Timeline, TimelineInitiative, TimelineMilestone } from "../../lib/timeline/types";
import type { XlsxColumn, XlsxValue } from "./xlsx-table";

const h = messages.exports.timelineHeader;

export const TIMELINE_COLUMNS: readonly XlsxColumn[] = [
  { header: h.department, width: 12, type: "text" },
  { header: h.group, width: 18, type: "text" },
  { header: h.initiative, width: 28, type: "text" },
  { header: h.milestone, width: 20, type: "text" },
  { header: h.baseline, width: 12, type: "date" },
  { header: h.date, width: 12, type: "date" },
  { header: h.slip, width: 9, type: "number" },
  { header: h.state, width: 9, type: "text" },
  { header: h.progress, width: 9, type: "number" },
  { header: h.lastSeen, width: 12, type: "text" },
  { header: h.lastMove, width: 12, type: "text" },
];

function milestoneState(m: TimelineMilestone): string {
  return messages.chart.milestoneState[m.overdue ? "overdue" : m.state];
}

function row(department: string, i: TimelineInitiative, m: TimelineMilestone | null): XlsxValue[] {
  const moved = m?.lastMoveWeek === MANUAL_MOVE_WEEK ? messages.exports.manualMove : (m?.lastMoveWeek ?? null);
  return [
    department,
    i.group,
    i.name,
    m?.title ?? null,
    m?.baselineDate ?? null,
    m?.date ?? null,
    m ? m.slipDays : null,
    m ? milestoneState(m) : messages.chart.initiativeStatus[i.status],
    i.progress,
    i.lastSeenWeek,
    moved,
  ];
}

/** The rows under TIMELINE_COLUMNS. */
export function timelineRows(timeline: Timeline): XlsxValue[][] {
  return timeline.groups.flatMap((g) =>
    g.initiatives.flatMap((i) => (i.milestones.length ? i.milestones.map((m) => row(g.department, i, m)) : [row(g.department, i, null)])),
  );
}
