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

export function rowWindow({ scrollTop, viewport, rowHeight, count, overscan = 8 }: RowWindowInput): RowWindow {
  if (count <= 0 || !(rowHeight > 0)) return { from: 0, to: 0 };
  const top = Number.isFinite(scrollTop) ? Math.max(0, scrollTop) : 0;
  const height = Number.isFinite(viewport) ? Math.max(0, viewport) : 0;
  const first = Math.floor(top / rowHeight);
  const last = Math.ceil((top + height) / rowHeight);
  const from = Math.min(count, Math.max(0, first - overscan));
  return { from, to: Math.min(count, Math.max(from, last + overscan)) };
}
