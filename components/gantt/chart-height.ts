// Height of the chart's scroll box: frappe-gantt's grid height for `rows`
// rows (make_grid_background), capped at maxHeight.
export interface ChartDimensions {
  barHeight: number;
  padding: number;
  upperHeaderHeight: number;
  lowerHeaderHeight: number;
}

export function chartHeight(rows: number, d: ChartDimensions, maxHeight = Number.POSITIVE_INFINITY): number {
  const header = d.upperHeaderHeight + d.lowerHeaderHeight + 10;
  const grid = header + d.padding + (d.barHeight + d.padding) * Math.max(rows, 1) - 10;
  return Math.min(grid, Math.max(maxHeight, header + d.barHeight + d.padding));
}

/** The chart's sizes when its owner gives none. */
export const DEFAULT_SIZE = { barHeight: 22, padding: 14, maxHeight: 640 } as const;

/** Room gantt.css leaves under the rows for the horizontal scroll bar. */
export const SCROLLBAR_ROOM = 16;
