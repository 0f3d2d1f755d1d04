"use client";
// The timeline's columns for the generic task grid: the name (group rows with
// their fold button, initiatives, milestones indented) and the optional ones
// (grid-columns.ts), each cell's text from grid-cells.ts. Text only: report
// text is never HTML.
import type { GanttColumn } from "~/components/gantt/gantt-grid";
import { messages } from "~/lib/messages";
import { gridCell } from "./grid-cells";
import type { GridColumn } from "./grid-columns";
import type { TaskRef } from "./timeline-tasks";

const g = messages.chart.grid;

/** px; the name takes the rest */
export const COLUMN_WIDTHS: Record<GridColumn, number> = { owner: 64, progress: 48, baseline: 86, end: 86, slip: 64, state: 60, week: 76 };
/** the name column's share of the grid before the splitter is moved */
export const NAME_WIDTH = 220;

export interface TimelineGridColumnsInput {
  refs: ReadonlyMap<string, TaskRef>;
  /** the row's text as the chart labels it */
  nameOf: (taskId: string) => string;
  visible: readonly GridColumn[];
  folded: ReadonlySet<number>;
  onToggleGroup: (groupId: number) => void;
}

export function timelineGridColumns({ refs, nameOf, visible, folded, onToggleGroup }: TimelineGridColumnsInput): GanttColumn[] {
  const name: GanttColumn = {
    id: "name",
    header: g.columns.name,
    cell: (id) => {
      const ref = refs.get(id);
      const text = nameOf(id);
      if (ref?.kind === "group") {
        const open = !folded.has(ref.group.id);
        return (
          <span className="grid-name grid-group">
            <button
              type="button"
              className="grid-fold"
              aria-expanded={open}
              aria-label={open ? g.collapseGroup(ref.group.name) : g.expandGroup(ref.group.name)}
              onClick={(e) => {
                e.stopPropagation(); // folding is not selecting
                onToggleGroup(ref.group.id);
              }}
            >
              {open ? "▾" : "▸"}
            </button>
            <span title={text}>{text}</span>
          </span>
        );
      }
      return (
        <span className={`grid-name grid-${ref?.kind ?? "row"}`} title={text}>
          {text}
        </span>
      );
    },
  };
  const optional = visible.map((column): GanttColumn => ({
    id: column,
    header: g.columns[column],
    width: COLUMN_WIDTHS[column],
    align: column === "progress" || column === "slip" ? "end" : "start",
    cell: (id) => {
      const { text, tone } = gridCell(refs.get(id), column);
      return tone ? <span className={`grid-tone-${tone}`}>{text}</span> : text;
    },
  }));
  return [name, ...optional];
}

/** The grid's width for these columns before the splitter is moved. */
export const defaultGridWidth = (visible: readonly GridColumn[]) => NAME_WIDTH + visible.reduce((w, c) => w + COLUMN_WIDTHS[c], 0);
