// Which rows of the task grid to draw: the rows in the viewport and a few
// around it. Rows are all one height (frappe-gantt's bar + padding), so this is
// arithmetic, no measuring. Pure.

export interface RowWindow {
  /** first row to draw */
  from: number;
  /** one past the last row to draw */
  to: number;
}

export interface RowWindowInput {
  /** pixels scrolled past the first row */
  scrollTop: number;
  /** height of the visible rows (px) */
  viewport: number;
  rowHeight: number;
  count: number;
  /** rows drawn beyond each edge, so a fast scroll shows no gap */
  overscan?: number;
}

/** Rows the task grid draws beyond each edge of the view, so a fast scroll shows no gap. */
export const GRID_OVERSCAN = 8;

export function rowWindow({ scrollTop, viewport, rowHeight, count, overscan = GRID_OVERSCAN }: RowWindowInput): RowWindow {
  if (count <= 0 || !(rowHeight > 0)) return { from: 0, to: 0 };
  const top = Number.isFinite(scrollTop) ? Math.max(0, scrollTop) : 0;
  const height = Number.isFinite(viewport) ? Math.max(0, viewport) : 0;
  const first = Math.floor(top / rowHeight);
  const last = Math.ceil((top + height) / rowHeight);
  const from = Math.min(count, Math.max(0, first - overscan));
  return { from, to: Math.min(count, Math.max(from, last + overscan)) };
}

/**
 * The rows the chart should draw now, given those it has drawn: null while the
 * drawn rows still cover the view and `margin` rows around it (most scroll
 * events), else the view with `overscan` rows each side. So the chart redraws
 * once every few rows scrolled, not on every frame.
 */
export function nextRows(drawn: RowWindow, view: Omit<RowWindowInput, "overscan">, overscan = 12, margin = 3): RowWindow | null {
  const needed = rowWindow({ ...view, overscan: margin });
  if (needed.from >= drawn.from && needed.to <= drawn.to) return null;
  return rowWindow({ ...view, overscan: Math.max(overscan, margin) });
}
