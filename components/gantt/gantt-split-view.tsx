"use client";
// The chart with its task grid on the left and a splitter between them. The
// grid draws the chart's tasks, one row each at the chart's row height, and
// its vertical scroll follows the chart's: the chart's scroll box is the one
// that scrolls; the wheel over the grid and a focus-driven grid scroll are
// handed to it.
import { type Ref, useEffect, useImperativeHandle, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { chartHeight, DEFAULT_SIZE, SCROLLBAR_ROOM } from "./chart-height";
import { chartPng } from "./export-png";
import { HEADER } from "./frappe-options";
import { GanttChart } from "./gantt";
import { type GanttColumn, GanttGrid } from "./gantt-grid";
import { GanttSplitter } from "./gantt-splitter";
import type { GanttHandle, GanttProps } from "./types";

export interface GanttGridSettings {
  columns: readonly GanttColumn[];
  /** accessible names of the table and the splitter */
  label: string;
  splitterLabel: string;
  /** px, before the splitter is moved */
  defaultWidth: number;
  selectedId?: string | null;
  rowClassName?: (taskId: string) => string | undefined;
  onRowClick?: (taskId: string) => void;
}

/** What the split view can make of itself. */
export interface GanttExporter {
  /** the grid and the chart, every row, the days in view, as a PNG at `scale` × */
  png(scale?: number): Promise<Blob>;
}

const LIMITS = { min: 160, maxShare: 0.7 };
const HEADER_HEIGHT = HEADER.upper_header_height + HEADER.lower_header_height + 10; // frappe's .grid-header

export function GanttSplitView({
  ref,
  exporter,
  grid,
  ...chart
}: GanttProps & { ref?: Ref<GanttHandle>; exporter?: Ref<GanttExporter>; grid: GanttGridSettings }) {
  const wrapRef = useRef<HTMLDivElement>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  /** where the grid was last scrolled to follow the chart: its scroll event then asks nothing of the chart */
  const followedTop = useRef<number | null>(null);
  const [width, setWidth] = useState(grid.defaultWidth);
  // new columns bring a new default width: it replaces the splitter's (set while rendering, not in an effect)
  const [defaultWidth, setDefaultWidth] = useState(grid.defaultWidth);
  if (defaultWidth !== grid.defaultWidth) {
    setDefaultWidth(grid.defaultWidth);
    setWidth(grid.defaultWidth);
  }
  const { barHeight = DEFAULT_SIZE.barHeight, padding = DEFAULT_SIZE.padding, maxHeight = DEFAULT_SIZE.maxHeight } = chart;
  const rowHeight = barHeight + padding;
  const height =
    chartHeight(
      chart.tasks.length,
      { barHeight, padding, upperHeaderHeight: HEADER.upper_header_height, lowerHeaderHeight: HEADER.lower_header_height },
      maxHeight,
    ) + SCROLLBAR_ROOM;

  const chartBox = () => wrapRef.current?.querySelector<HTMLElement>(".gantt-split-chart .gantt-container") ?? null;

  const [allRows, setAllRows] = useState(false);
  useImperativeHandle(exporter, () => ({
    async png(scale = 2) {
      const chartEl = chartBox();
      if (!chartEl) throw new Error("no chart");
      flushSync(() => setAllRows(true)); // the grid and the chart draw every row for the picture
      try {
        return await chartPng({ grid: gridRef.current, chart: chartEl }, scale);
      } finally {
        setAllRows(false);
      }
    },
  }));

  useEffect(() => {
    const wrap = wrapRef.current;
    const box = gridRef.current;
    if (!wrap || !box) return;
    // scroll events do not bubble, but a capturing listener sees the chart's (whichever build it is)
    const follow = (e: Event) => {
      const t = e.target;
      if (!(t instanceof HTMLElement) || !t.classList.contains("gantt-container") || box.scrollTop === t.scrollTop) return;
      followedTop.current = t.scrollTop;
      box.scrollTop = t.scrollTop;
    };
    const wheel = (e: WheelEvent) => {
      const c = chartBox();
      if (!c || e.ctrlKey) return;
      const unit = e.deltaMode === 1 ? rowHeight : e.deltaMode === 2 ? c.clientHeight : 1;
      const [top, left] = [c.scrollTop, c.scrollLeft];
      c.scrollTop += e.deltaY * unit;
      c.scrollLeft += e.deltaX * unit;
      if (c.scrollTop !== top || c.scrollLeft !== left) e.preventDefault(); // else the page scrolls, as over the chart
    };
    wrap.addEventListener("scroll", follow, true);
    box.addEventListener("wheel", wheel, { passive: false });
    return () => {
      wrap.removeEventListener("scroll", follow, true);
      box.removeEventListener("wheel", wheel);
    };
  }, [rowHeight]);

  const gridScrolled = (top: number) => {
    if (top === followedTop.current) return; // reading the chart's scroll would lay the page out again mid-frame
    const c = chartBox();
    if (!c || c.scrollTop === top) return;
    c.scrollTop = top;
    // the chart could not go that far: the grid comes back level with it
    if (gridRef.current && c.scrollTop !== top) gridRef.current.scrollTop = c.scrollTop;
  };

  return (
    <div ref={wrapRef} className="gantt-split" style={{ gridTemplateColumns: `${width}px auto minmax(0, 1fr)` }}>
      <GanttGrid
        ref={gridRef}
        rowIds={chart.tasks.map((t) => t.id)}
        columns={grid.columns}
        label={grid.label}
        rowHeight={rowHeight}
        headerHeight={HEADER_HEIGHT}
        height={height}
        selectedId={grid.selectedId}
        rowClassName={grid.rowClassName}
        onRowClick={grid.onRowClick}
        onScroll={gridScrolled}
        allRows={allRows}
      />
      <GanttSplitter
        width={width}
        limits={LIMITS}
        total={() => wrapRef.current?.clientWidth ?? width * 2}
        label={grid.splitterLabel}
        onChange={setWidth}
      />
      <div className="gantt-split-chart">
        <GanttChart ref={ref} {...chart} allRows={allRows} />
      </div>
    </div>
  );
}
