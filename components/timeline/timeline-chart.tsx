"use client";
// The timeline drawn with the generic Gantt chart and its task grid: maps the
// Timeline to rows (timeline-tasks.ts) and columns (timeline-grid-columns.tsx),
// translates the chart's callbacks back by task id, and builds the popups
// (timeline-popup.ts).
import { type JSX, useEffect, useMemo, useRef, useState } from "react";
import { fittingViewMode } from "~/components/gantt/fit-view-mode";
import { downloadBlob } from "~/components/gantt/download-blob";
import { type GanttExporter, GanttSplitView } from "~/components/gantt/gantt-split-view";
import type { GanttHandle, GanttRange, GanttTask } from "~/components/gantt/types";
import type { ViewMode } from "~/lib/domain/view-mode";
import type { Timeline } from "~/server/tracking/types";
import { messages } from "~/lib/messages";
import { GridColumnPicker } from "./grid-column-picker";
import { DEFAULT_GRID_COLUMNS, type GridColumn } from "./grid-columns";
import { movedMilestone } from "./milestone-move";
import { middleDay, startDay, timelineSpan } from "./start-day";
import { defaultGridWidth, timelineGridColumns } from "./timeline-grid-columns";
import { TimelineExportMenu } from "./timeline-export-menu";
import { TimelineLegend } from "./timeline-legend";
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
  /** asks for another view mode (适合全部) */
  onViewModeChange?: (mode: ViewMode) => void;
  /** the grid's optional columns and folded groups to start with (from the URL) */
  initialColumns?: readonly GridColumn[];
  initialFolded?: readonly number[];
  /** the grid's columns or folded groups changed (for the URL) */
  onGridChange?: (grid: { columns: GridColumn[]; folded: number[] }) => void;
  /** the page's query (filters, departments, view): the Excel and PDF exports are made from it */
  exportQuery?: string;
}

/** The group an initiative belongs to. */
const groupOf = (timeline: Timeline, initiative: number | null | undefined) =>
  timeline.groups.find((g) => g.initiatives.some((i) => i.id === initiative))?.id;

export function TimelineChart(props: TimelineChartProps): JSX.Element {
  const { timeline, viewMode, revision = 0, expandedInitiative = null } = props;
  const large = props.collapseMilestones ?? fullRowCount(timeline) > COLLAPSE_ROWS;
  const [expandAll, setExpandAll] = useState(false);
  const collapse = large && !expandAll;
  const keepOpen = collapse ? expandedInitiative : null; // selecting only redraws when rows are collapsed
  const [columns, setColumns] = useState<GridColumn[]>(() => [...(props.initialColumns ?? DEFAULT_GRID_COLUMNS)]);
  // a linked initiative's group opens, so its row can be shown
  const [folded, setFolded] = useState<number[]>(() =>
    (props.initialFolded ?? []).filter((id) => id !== groupOf(timeline, props.initialFocus)),
  );
  const { tasks, markers, refs } = useMemo(
    () =>
      timelineTasks(timeline, {
        foldedGroups: new Set(folded),
        ...(collapse ? { collapsed: (i: { id: number }) => i.id !== keepOpen } : {}),
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a new revision gives new task objects: the chart redraws
    [timeline, revision, collapse, keepOpen, folded],
  );
  const gantt = useRef<GanttHandle>(null);

  const focus = useRef(props.initialFocus ?? null);
  useEffect(() => {
    if (focus.current !== null && gantt.current?.scrollToTask(taskId.initiative(focus.current))) focus.current = null;
  }, [tasks]);

  // 适合全部: the finest view that holds every bar, centred on the middle of them once it is built
  const centreAfterBuild = useRef<string | null>(null);
  useEffect(() => {
    if (centreAfterBuild.current) gantt.current?.scrollToDay(centreAfterBuild.current);
    centreAfterBuild.current = null;
  }, [viewMode]);
  const fitAll = () => {
    const span = timelineSpan(timeline);
    if (!span || !gantt.current) return;
    const mode = fittingViewMode(span, gantt.current.viewportWidth());
    const middle = middleDay(span);
    if (mode === viewMode) gantt.current.scrollToDay(middle);
    else {
      centreAfterBuild.current = middle;
      props.onViewModeChange?.(mode);
    }
  };
  const first = useMemo(() => startDay(timeline), [timeline]);

  const exporter = useRef<GanttExporter>(null);
  const [exporting, setExporting] = useState<"busy" | "failed" | null>(null);
  const exportPng = async () => {
    setExporting("busy");
    try {
      const png = await exporter.current?.png();
      if (png) downloadBlob(png, m.pngFileName(timeline.today));
      setExporting(null);
    } catch (error) {
      console.error(m.exportFailed, error);
      setExporting("failed");
    }
  };

  const onClick = (task: GanttTask) => {
    const ref = refs.get(task.id);
    if (ref?.kind === "initiative") props.onSelectInitiative?.(ref.initiative.id);
    if (ref?.kind === "milestone") props.onSelectInitiative?.(ref.initiative.id);
  };

  const changeGrid = (next: { columns?: GridColumn[]; folded?: number[] }) => {
    const grid = { columns: next.columns ?? columns, folded: next.folded ?? folded };
    if (next.columns) setColumns(next.columns);
    if (next.folded) setFolded(next.folded);
    props.onGridChange?.(grid);
  };
  const toggleGroup = (id: number) => changeGrid({ folded: folded.includes(id) ? folded.filter((g) => g !== id) : [...folded, id] });
  const names = new Map(tasks.map((t) => [t.id, t.name]));
  const gridColumns = timelineGridColumns({
    refs,
    nameOf: (id) => names.get(id) ?? "",
    visible: columns,
    folded: new Set(folded),
    onToggleGroup: toggleGroup,
  });

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
        <button type="button" title={m.fitAllTitle} onClick={fitAll}>
          {m.fitAll}
        </button>
        <TimelineExportMenu query={props.exportQuery ?? ""} pngBusy={exporting === "busy"} onPng={() => void exportPng()} />
        {exporting === "failed" ? <span role="alert">{m.exportFailed}</span> : null}
        <TimelineLegend />
        <GridColumnPicker value={columns} onChange={(c) => changeGrid({ columns: c })} />
        {large ? (
          <button type="button" aria-pressed={expandAll} onClick={() => setExpandAll((v) => !v)}>
            {expandAll ? m.collapseMilestones : m.expandMilestones}
          </button>
        ) : null}
        <span className="timeline-hint">{props.readonly ? m.readOnlyHint : collapse ? m.collapsedHint : m.hint}</span>
      </div>
      <GanttSplitView
        ref={gantt}
        exporter={exporter}
        grid={{
          columns: gridColumns,
          label: m.grid.label,
          splitterLabel: m.grid.splitter,
          defaultWidth: defaultGridWidth(columns),
          selectedId: expandedInitiative === null ? null : taskId.initiative(expandedInitiative),
          onRowClick: (id) => {
            const task = tasks.find((t) => t.id === id);
            if (task) onClick(task);
          },
        }}
        tasks={tasks}
        markers={markers}
        today={timeline.today}
        initialDay={first}
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
