// Whether the task grid's rows sit level with the chart's bars, read from
// bounding boxes in the browser: for the browser tests of the grid and chart.
import type { Page } from "playwright-core";
import { expect } from "vitest";

export interface Alignment {
  /** grid rows drawn */
  rows: number;
  /** rows whose centre is not level with their bar's, or without a bar */
  off: { id: string; row: number; bar: number | null }[];
  /** bars inside the chart's box with no grid row drawn */
  undrawn: string[];
}

/** Compares every drawn grid row with its bar (bounding boxes, centres within 1.5 px), and every bar in view with a row. */
export function alignment(page: Page): Promise<Alignment> {
  return page.evaluate(() => {
    const off: Alignment["off"] = [];
    const rows = [...document.querySelectorAll<HTMLElement>(".gantt-grid-body .gantt-grid-row")];
    const mid = (r: DOMRect) => r.top + r.height / 2;
    for (const row of rows) {
      const id = row.dataset.id ?? "";
      const bar = document.querySelector(`.gantt .bar-wrapper[data-id="${id}"] .bar`);
      const rowMid = mid(row.getBoundingClientRect());
      const barMid = bar ? mid(bar.getBoundingClientRect()) : null;
      if (barMid === null || Math.abs(rowMid - barMid) > 1.5) off.push({ id, row: rowMid, bar: barMid });
    }
    const box = document.querySelector(".gantt-container")!.getBoundingClientRect();
    const drawn = new Set(rows.map((r) => r.dataset.id));
    const undrawn = [...document.querySelectorAll<SVGGElement>(".gantt .bar-wrapper")]
      .filter((b) => {
        const y = mid(b.querySelector(".bar")!.getBoundingClientRect());
        return y > box.top + 74 && y < box.bottom;
      })
      .map((b) => b.getAttribute("data-id") ?? "")
      .filter((id) => !drawn.has(id));
    return { rows: rows.length, off, undrawn };
  });
}

export async function expectAligned(page: Page, atLeast = 1): Promise<void> {
  const a = await alignment(page);
  expect(a.off).toEqual([]);
  expect(a.undrawn).toEqual([]);
  expect(a.rows).toBeGreaterThanOrEqual(atLeast);
}
