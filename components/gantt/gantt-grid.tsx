"use client";
// The task grid beside the chart: one row per task, in the chart's order and
// at its row height, so each row sits level with its bar. Generic: the owner
// gives the columns and renders every cell from a task id. Only the rows in
// and around the viewport are drawn (grid-window.ts); the owner keeps the
// grid's scroll in step with the chart's (gantt-split-view.tsx).
import { type CSSProperties, type ReactNode, type Ref, useEffect, useState } from "react";
import { flushSync } from "react-dom";
import { GanttGridRow } from "./gantt-grid-row";
import { rowWindow } from "./grid-window";

export interface GanttColumn {
  id: string;
  /** plain text */
  header: string;
  /** px; a column without a width takes what the others leave */
  width?: number;
  align?: "start" | "end";
  cell: (taskId: string) => ReactNode;
}

export interface GanttGridProps {
  ref?: Ref<HTMLDivElement>;
  /** the chart's task ids, in its order */
  rowIds: readonly string[];
  columns: readonly GanttColumn[];
  /** accessible name of the table */
  label: string;
  rowHeight: number;
  /** the chart's time header: the grid's header is as tall */
  headerHeight: number;
  /** the grid's box, the chart's box: the same */
  height: number;
  selectedId?: string | null;
  rowClassName?: (taskId: string) => string | undefined;
  onRowClick?: (taskId: string) => void;
  /** draws every row, not just those in view (an export) */
  allRows?: boolean;
  /** the grid was scrolled (keyboard focus moving into a hidden row): the chart should follow */
  onScroll?: (scrollTop: number) => void;
}

/** Room below the last row, so the grid can scroll as far as the chart (whose last row sits above its scroll bar). */
const TAIL = 48;

export function GanttGrid({ ref, ...props }: GanttGridProps) {
  const { rowIds, columns, rowHeight, headerHeight, height } = props;
  // the first row in view, not the scroll offset: a scroll within a row renders nothing
  const [firstRow, setFirstRow] = useState(0);
  const printing = usePrinting();
  const { from, to } =
    printing || props.allRows
      ? { from: 0, to: rowIds.length }
      : rowWindow({ scrollTop: firstRow * rowHeight, viewport: height - headerHeight + rowHeight, rowHeight, count: rowIds.length });
  const template = columns.map((c) => (c.width ? `${c.width}px` : "minmax(0, 1fr)")).join(" ");
  const style = { height, "--gantt-grid-columns": template, "--gantt-row-height": `${rowHeight}px` } as CSSProperties;

  return (
    <div
      ref={ref}
      className="gantt-grid"
      style={style}
      role="table"
      aria-label={props.label}
      aria-rowcount={rowIds.length + 1}
      onScroll={(e) => {
        const top = e.currentTarget.scrollTop;
        // the rows drawn in this frame, after the chart's scroll handlers have read the layout: in a task after the frame
        // they dirtied it, and the next frame's reads laid the page out twice
        requestAnimationFrame(() => flushSync(() => setFirstRow(Math.floor(top / rowHeight))));
        props.onScroll?.(top);
      }}
    >
      <div className="gantt-grid-header" role="rowgroup" style={{ height: headerHeight }}>
        <div className="gantt-grid-row" role="row" aria-rowindex={1}>
          {columns.map((c) => (
            <div key={c.id} role="columnheader" className={`gantt-grid-cell align-${c.align ?? "start"}`} data-column={c.id}>
              {c.header}
            </div>
          ))}
        </div>
      </div>
      <div className="gantt-grid-body" role="rowgroup" style={{ height: rowIds.length * rowHeight + TAIL }}>
        {rowIds.slice(from, to).map((id, k) => (
          <GanttGridRow
            key={id}
            id={id}
            index={from + k}
            rowHeight={rowHeight}
            columns={columns}
            selected={id === props.selectedId}
            className={props.rowClassName?.(id)}
            onRowClick={props.onRowClick}
          />
        ))}
      </div>
    </div>
  );
}

/** True while the page is printed: a printed grid has every row (print.css lets the chart's box grow to them). */
function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    // drawn before the browser lays the page out for print
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", after);
    return () => {
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", after);
    };
  }, []);
  return printing;
}
