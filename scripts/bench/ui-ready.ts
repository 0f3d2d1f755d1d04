// When a chart page counts as drawn, for `npm run bench:ui`: evaluated in the
// page, polling every 5 ms, then two more frames (labels placed, input
// answered). Bare frappe-gantt draws every row at once, so it is drawn when all
// `rows` have their bar; the app's chart draws the rows around its view, so it
// is drawn when the rows its box shows have their bars and their grid rows.

/** Rows a 640 px chart box shows below its 74 px header, at 36 px a row. */
export const ROWS_IN_VIEW = 15;

export interface ReadyWhen {
  /** rows of the chart */
  rows: number;
  /** bare frappe-gantt: every row drawn */
  everyRow: boolean;
}

/** Resolves with performance.now() once drawn (run in the page: it must stay self-contained; 15 is ROWS_IN_VIEW). */
export async function drawnAt({ rows, everyRow }: ReadyWhen): Promise<number> {
  const want = everyRow ? rows : Math.min(rows, 15);
  // no named functions in here: tsx would wrap them in a helper the page does not have
  while (
    document.querySelectorAll(".bar-wrapper").length < want ||
    (!everyRow && document.querySelectorAll(".gantt-grid-body .gantt-grid-row").length < want)
  ) {
    await new Promise((r) => setTimeout(r, 5));
  }
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  return performance.now();
}
