"use client";
// One body row of the task grid. Memoised: the grid renders again on every
// scroll frame, and only the rows that came into view need drawing.
import { memo } from "react";
import type { GanttColumn } from "./gantt-grid";

export interface GanttGridRowProps {
  id: string;
  /** 0-based place among the chart's rows */
  index: number;
  rowHeight: number;
  columns: readonly GanttColumn[];
  selected: boolean;
  className: string | undefined;
  onRowClick: ((taskId: string) => void) | undefined;
}

export const GanttGridRow = memo(function GanttGridRow({
  id,
  index,
  rowHeight,
  columns,
  selected,
  className,
  onRowClick,
}: GanttGridRowProps) {
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-current={selected || undefined}
      data-id={id}
      className={`gantt-grid-row${selected ? " is-selected" : ""}${className ? ` ${className}` : ""}`}
      style={{ top: index * rowHeight }}
      onClick={() => onRowClick?.(id)}
    >
      {columns.map((c) => (
        <div key={c.id} role="cell" className={`gantt-grid-cell align-${c.align ?? "start"}`} data-column={c.id}>
          {c.cell(id)}
        </div>
      ))}
    </div>
  );
});
