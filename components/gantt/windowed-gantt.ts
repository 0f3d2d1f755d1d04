// frappe-gantt draws a bar, a grid row and a row line for every task: 2,000
// rows took seconds to draw and made every scroll heavy. This Gantt keeps
// frappe as the engine but draws only the rows in and around the view. Its
// `tasks` stay all the tasks (the dates, the chart's height and each bar's row
// come from them: frappe places a bar at its task's `_index`), its `bars` are
// those of the drawn rows. Scrolling draws the bars of the rows coming into
// view and drops those of the rows leaving it, without a render.
import type { FrappeBar, FrappeOptions, FrappeTask } from "frappe-gantt";
import { AlignedGantt, leaveBar } from "./aligned-gantt";
import { GRID_OVERSCAN, nextRows, type RowWindow, rowWindow } from "./grid-window";

const SVG = "http://www.w3.org/2000/svg";
/** rows drawn beyond each edge of the view */
const OVERSCAN = 20;
/**
 * A redraw once fewer than this many drawn rows are left beyond the view: every
 * ~4 rows scrolled, a few bars at a time. Redrawing every ~12 rows drew a dozen
 * bars in one frame, and those frames went over 50 ms in bench:ui's scroll;
 * closer still, the per-redraw work (bands, overlay) outweighed the bars.
 * At least GRID_OVERSCAN: the rows the task grid draws always have their bars.
 */
const MARGIN = Math.max(GRID_OVERSCAN, 16);

/** Told after rows came into the drawn window (their new bars) and left it (their ids). */
export type RowsDrawn = (added: readonly FrappeBar[], removed: readonly string[]) => void;

const inside = (w: RowWindow, row: number | undefined) => row !== undefined && row >= w.from && row < w.to;

function svgEl<K extends keyof SVGElementTagNameMap>(
  parent: Element,
  tag: K,
  attrs: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  parent.appendChild(el);
  return el;
}

const layer = (className: string, parent: Element): SVGGElement => svgEl(parent, "g", { class: className });

export class WindowedGantt extends AlignedGantt {
  // `declare`: frappe's constructor renders, setting these, before field initialisers would run (and reset them)
  /** the rows whose bars are drawn */
  declare rows: RowWindow;
  /** every row is drawn (print, export) */
  declare private everyRow: boolean | undefined;
  /** a mouse button is down on the chart: frappe holds on to the bar it may be dragging */
  declare private holding: boolean | undefined;
  declare private rowRects: SVGGElement | undefined;
  declare private rowLines: SVGGElement | null | undefined;
  /** row → its grid rect and line */
  declare private bands: Map<number, SVGElement[]> | undefined;
  declare private rowsDrawn: RowsDrawn | undefined;

  constructor(wrapper: HTMLElement, tasks: FrappeTask[], options: FrappeOptions, rowsDrawn?: RowsDrawn) {
    super(wrapper, tasks, options);
    this.rowsDrawn = rowsDrawn;
    this.$svg.addEventListener("mousedown", () => {
      this.holding = true;
      const release = () => {
        this.holding = false;
        this.syncRows();
      };
      window.addEventListener("mouseup", release, { once: true });
    });
  }

  private get rowHeight(): number {
    return this.options.bar_height + this.options.padding;
  }

  /** The rows in view: the scroll box's height is the container height the wrapper gave (no layout read). */
  private view(first: boolean) {
    const box = typeof this.options.container_height === "number" ? this.options.container_height : (this.grid_height ?? 0);
    return {
      scrollTop: first ? 0 : this.$container.scrollTop, // a new chart is not scrolled yet
      viewport: box - this.config.header_height,
      rowHeight: this.rowHeight,
      count: this.tasks.length,
    };
  }

  /** The top of a row in the svg, drawn or not. */
  rowTop(row: number): number {
    return this.config.header_height + row * this.rowHeight;
  }

  /** Rows are numbered by their place among the tasks frappe keeps (it drops invalid ones after numbering). */
  override setup_tasks(tasks: FrappeTask[]): void {
    super.setup_tasks(tasks);
    this.tasks.forEach((t, i) => (t._index = i));
  }

  override render(): void {
    this.rows = this.everyRow
      ? { from: 0, to: this.tasks.length }
      : rowWindow({ ...this.view(this.rows === undefined), overscan: OVERSCAN });
    super.render();
  }

  override make_grid_rows(): void {
    this.rowRects = layer("gantt-row-rects", this.layers.grid);
    this.bands = new Map(); // the svg was emptied
  }

  /** frappe's row lines for the drawn rows only (with the rows' rects); its column ticks as they are */
  override make_grid_ticks(): void {
    const lines = this.options.lines ?? "both";
    // frappe's make_grid_highlights rewrote the grid layer with `innerHTML +=`: the rects' layer is a new element
    this.rowRects = this.layers.grid.querySelector<SVGGElement>(":scope > .gantt-row-rects") ?? undefined;
    this.rowLines = lines === "both" || lines === "horizontal" ? layer("gantt-row-lines", this.layers.grid) : null;
    this.drawBands();
    if (lines !== "both" && lines !== "vertical") return;
    this.options.lines = "vertical";
    try {
      super.make_grid_ticks();
    } finally {
      this.options.lines = lines;
    }
  }

  override make_bars(): void {
    const all = this.tasks;
    this.tasks = all.slice(this.rows.from, this.rows.to);
    try {
      super.make_bars();
    } finally {
      this.tasks = all;
    }
  }

  /** frappe finds a dependency's bar at `bars[_index]`: given the drawn bars by row, arrows join drawn bars only */
  override make_arrows(): void {
    const [drawn, all] = [this.bars, this.tasks];
    const byRow: FrappeBar[] = [];
    for (const bar of drawn) byRow[bar.task._index ?? 0] = bar;
    this.bars = byRow;
    this.tasks = drawn.map((b) => b.task);
    try {
      super.make_arrows();
    } finally {
      this.bars = drawn;
      this.tasks = all;
    }
  }

  /** read by frappe on every scroll: from the bars' numbers, not getBBox (a layout per bar) */
  override get_start_end_positions(): [number, number, number] {
    if (this.bars.length === 0) return [0, 0, 0];
    let [minStart, maxStart, maxEnd] = [Infinity, -Infinity, -Infinity];
    for (const { x, width } of this.bars) {
      minStart = Math.min(minStart, x);
      maxStart = Math.max(maxStart, x);
      maxEnd = Math.max(maxEnd, x + width);
    }
    return [minStart, maxStart, maxEnd];
  }

  /** After a scroll: draws the rows the view came to, once the drawn ones no longer cover it and its margin. */
  syncRows(): void {
    if (this.everyRow || this.holding || !this.rows) return;
    const next = nextRows(this.rows, this.view(false), OVERSCAN, MARGIN);
    if (next) this.showRows(next);
  }

  /** Every row (print, an export), or back to the rows in view. */
  drawEveryRow(on: boolean): void {
    if (!this.rows || Boolean(this.everyRow) === on) return;
    this.everyRow = on;
    this.showRows(on ? { from: 0, to: this.tasks.length } : rowWindow({ ...this.view(false), overscan: OVERSCAN }));
  }

  /** Draws the bars of `next`'s rows that are not drawn, drops those outside it. */
  showRows(next: RowWindow): void {
    const before = this.rows;
    if (next.from === before.from && next.to === before.to) return;
    const kept: FrappeBar[] = [];
    const removed: string[] = [];
    for (const bar of this.bars) {
      if (inside(next, bar.task._index)) kept.push(bar);
      else {
        leaveBar(bar);
        bar.group.remove();
        bar.$date_highlight?.remove();
        removed.push(bar.task.id);
      }
    }
    const all = this.tasks;
    this.tasks = all.slice(next.from, next.to).filter((t) => !inside(before, t._index));
    try {
      super.make_bars(); // AlignedGantt's: the new bars, their labels placed together
    } finally {
      this.tasks = all;
    }
    const added = this.bars;
    this.bars = [...kept, ...added].sort((a, b) => (a.task._index ?? 0) - (b.task._index ?? 0));
    this.rows = next;
    this.drawBands();
    if (Object.keys(this.dependency_map).length > 0) {
      this.layers.arrow.replaceChildren();
      this.make_arrows();
      this.map_arrows_on_bars();
    }
    if (removed.length > 0) this.placePopup(); // its bar may be gone
    this.rowsDrawn?.(added, removed);
  }

  /** The rows frappe would draw below the last task, down to the grid's height, are drawn with the last ones. */
  private bandRows(): RowWindow {
    const rows = Math.ceil((this.grid_height - this.config.header_height) / this.rowHeight);
    return { from: this.rows.from, to: this.rows.to >= this.tasks.length ? Math.max(rows, this.rows.to) : this.rows.to };
  }

  /** Each drawn row's grid rect and line: those of rows no longer drawn go, the missing ones come. */
  private drawBands(): void {
    const rects = this.rowRects;
    const bands = this.bands;
    if (!rects || !bands) return;
    const { from, to } = this.bandRows();
    for (const [row, els] of bands) {
      if (row >= from && row < to) continue;
      for (const el of els) el.remove();
      bands.delete(row);
    }
    const width = this.dates.length * this.config.column_width;
    for (let row = from; row < to; row++) {
      if (bands.has(row)) continue;
      const els: SVGElement[] = [svgEl(rects, "rect", { x: 0, y: this.rowTop(row), width, height: this.rowHeight, class: "grid-row" })];
      const y = this.rowTop(row + 1);
      if (this.rowLines) els.push(svgEl(this.rowLines, "line", { x1: 0, y1: y, x2: width, y2: y, class: "row-line" }));
      bands.set(row, els);
    }
  }
}
