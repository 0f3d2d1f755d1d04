"use client";
// The timeline drawn with the generic Gantt chart: maps the Timeline to rows
// (timeline-tasks.ts), translates the chart's callbacks back by task id, and
// builds the popups (timeline-popup.ts).
import { type JSX, useEffect, useMemo, useRef, useState } from "react";
import { GanttChart } from "~/components/gantt/gantt";
import type { GanttHandle, GanttRange, GanttTask } from "~/components/gantt/types";
import type { ViewMode } from "~/lib/domain/view-mode";
import type { Timeline } from "~/server/tracking/types";
import { messages } from "~/lib/messages";
import { movedMilestone } from "./milestone-move";
import { timelinePopup } from "./timeline-popup";
import { COLLAPSE_ROWS, fullRowCount, taskId, timelineTasks } from "./timeline-tasks";
import "./timeline-chart.css";

const m = messages.chart;

export interface TimelineChartProps {
  timeline: Timeline;
  viewMode: ViewMode;
  onSelectInitiative?: (id: number) => void;
  onMilestoneDateChange?: (change: { milestoneId: number; version: number; date: string; rangeStart: string }) => void;
  onInitiativeDatesChange?: (change: { initiativeId: number; version: number; startDate: string; endDate: string }) => void;
  onProgressChange?: (change: { initiativeId: number; version: number; progress: number }) => void;
  /** change it to redraw the chart from `timeline`, dropping what the mouse moved (a cancelled or failed edit) */
  revision?: number;
  /** milestones as small diamonds on their bars instead of rows; default: when the full chart has more than COLLAPSE_ROWS rows */
  collapseMilestones?: boolean;
  /** nothing can be dragged (a viewer's timeline) */
  readonly?: boolean;
  /** this initiative keeps its milestone rows when the others are collapsed (the selected one) */
  expandedInitiative?: number | null;
  /** brought into view once, when first drawn (an initiative opened from a link) */
  initialFocus?: number | null;
}

const LEGEND = [
  ["planned", m.legend.planned],
  ["slipped", m.legend.slipped],
  ["at-risk", m.legend.atRisk],
  ["overdue", m.legend.overdue],
  ["done", m.legend.done],
  ["baseline", m.legend.baseline],
  ["today", m.legend.today],
] as const;

export function TimelineChart(props: TimelineChartProps): JSX.Element {
  const { timeline, viewMode, revision = 0, expandedInitiative = null } = props;
  const large = props.collapseMilestones ?? fullRowCount(timeline) > COLLAPSE_ROWS;
  const [expandAll, setExpandAll] = useState(false);
  const collapse = large && !expandAll;
  const keepOpen = collapse ? expandedInitiative : null; // selecting only redraws when rows are collapsed
  const { tasks, markers, refs } = useMemo(
    () => timelineTasks(timeline, collapse ? { collapsed: (i) => i.id !== keepOpen } : {}),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a new revision gives new task objects: the chart redraws
    [timeline, revision, collapse, keepOpen],
  );
  const gantt = useRef<GanttHandle>(null);

  const focus = useRef(props.initialFocus ?? null);
  useEffect(() => {
    if (focus.current !== null && gantt.current?.scrollToTask(taskId.initiative(focus.current))) focus.current = null;
  }, [tasks]);

  const onClick = (task: GanttTask) => {
    const ref = refs.get(task.id);
    if (ref?.kind === "initiative") props.onSelectInitiative?.(ref.initiative.id);
    if (ref?.kind === "milestone") props.onSelectInitiative?.(ref.initiative.id);
  };

  const onDateChange = (task: GanttTask, range: GanttRange) => {
    const ref = refs.get(task.id);
    if (ref?.kind === "initiative") {
      const { id, version } = ref.initiative;
      props.onInitiativeDatesChange?.({ initiativeId: id, version, startDate: range.start, endDate: range.end });
    } else if (ref?.kind === "milestone") {
      const { id, version } = ref.milestone;
      props.onMilestoneDateChange?.({ milestoneId: id, version, ...movedMilestone(ref.milestone, range.end) });
    }
  };

  const onProgressChange = (task: GanttTask, progress: number) => {
    const ref = refs.get(task.id);
    if (ref?.kind === "initiative")
      props.onProgressChange?.({ initiativeId: ref.initiative.id, version: ref.initiative.version, progress });
  };

  return (
    <section className="timeline-chart" aria-label={m.label}>
      <div className="timeline-chart-bar">
        <button type="button" onClick={() => gantt.current?.scrollToToday()}>
          {m.today}
        </button>
        <ul className="timeline-legend">
          {LEGEND.map(([key, label]) => (
            <li key={key} className={`legend-${key}`}>
              <span className="swatch" aria-hidden="true" />
              {label}
            </li>
          ))}
        </ul>
        {large ? (
          <button type="button" aria-pressed={expandAll} onClick={() => setExpandAll((v) => !v)}>
            {expandAll ? m.collapseMilestones : m.expandMilestones}
          </button>
        ) : null}
        <span className="timeline-hint">{props.readonly ? m.readOnlyHint : collapse ? m.collapsedHint : m.hint}</span>
      </div>
      <GanttChart
        ref={gantt}
        tasks={tasks}
        markers={markers}
        today={timeline.today}
        viewMode={viewMode}
        readonly={props.readonly}
        popup={(task) => timelinePopup(refs.get(task.id))}
        onClick={onClick}
        onDateChange={onDateChange}
        onProgressChange={onProgressChange}
      />
    </section>
  );
}
