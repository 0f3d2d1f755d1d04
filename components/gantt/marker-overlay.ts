// Markers (e.g. baseline ghosts) and the today line over frappe-gantt's svg,
// built with DOM calls, never HTML. A marker is drawn with its row: the chart
// draws only the rows around the view (windowed-gantt.ts), so the overlay
// draws the markers of rows that come into view and drops those of rows that
// leave it.
import type Gantt from "frappe-gantt";
import type { FrappeBar } from "frappe-gantt";
import { DIAMOND_SIZE } from "./frappe-bridge";
import { dayWidth, type GanttScale, xOfDay } from "./scale";
import type { GanttMarker } from "./types";

const SVG = "http://www.w3.org/2000/svg";

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  parent: Element,
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  parent.appendChild(el);
  return el;
}

export class MarkerOverlay {
  private readonly byTask = new Map<string, GanttMarker[]>();
  /** task id → its row's drawn markers */
  private readonly drawn = new Map<string, Element[]>();
  private readonly below: SVGGElement | null = null;
  private above: SVGGElement | null = null;

  /** Replaces the chart's overlay: the today line now, the markers as their rows are drawn. */
  constructor(
    private readonly gantt: Gantt,
    markers: readonly GanttMarker[],
    today: string | undefined,
    private readonly scale: GanttScale | null,
  ) {
    for (const old of gantt.$svg.querySelectorAll(":scope > .gantt-overlay")) old.remove();
    if (!scale) return;
    for (const m of markers) {
      const list = this.byTask.get(m.taskId);
      if (list) list.push(m);
      else this.byTask.set(m.taskId, [m]);
    }
    this.below = document.createElementNS(SVG, "g");
    this.below.setAttribute("class", "gantt-overlay");
    gantt.$svg.insertBefore(this.below, gantt.layers.bar);
    const tx = today ? xOfDay(today, scale) + dayWidth(scale) / 2 : Number.NaN;
    if (Number.isFinite(tx)) {
      svg("line", { class: "gantt-today", x1: tx, y1: gantt.config.header_height, x2: tx, y2: gantt.grid_height }, this.below);
    }
  }

  /** markers drawn over the bars (e.g. milestones on a summary bar) */
  private aboveLayer(): SVGGElement {
    if (this.above) return this.above;
    this.above = document.createElementNS(SVG, "g");
    this.above.setAttribute("class", "gantt-overlay gantt-overlay-above");
    this.gantt.$svg.insertBefore(this.above, this.gantt.layers.bar.nextSibling);
    return this.above;
  }

  /** Draws the markers of these bars' rows (those not drawn yet). */
  drawRows(bars: readonly FrappeBar[]): void {
    const { scale, below } = this;
    if (!scale || !below) return;
    const half = dayWidth(scale) / 2;
    for (const bar of bars) {
      const id = bar.task.id;
      const markers = this.byTask.get(id);
      if (!markers || this.drawn.has(id)) continue;
      const y = Number(bar.$bar.getAttribute("y")) + bar.height / 2;
      const els: Element[] = [];
      for (const m of markers) {
        const x = xOfDay(m.date, scale) + half;
        if (!Number.isFinite(x)) continue;
        const g = svg("g", { class: `gantt-marker ${m.className ?? ""}`.trim(), "data-id": m.id }, m.above ? this.aboveLayer() : below);
        const to = m.linkTo ? xOfDay(m.linkTo, scale) + half : Number.NaN;
        if (Number.isFinite(to)) svg("line", { class: "gantt-marker-link", x1: x, y1: y, x2: to, y2: y }, g);
        const r = DIAMOND_SIZE / 2;
        const shape = svg("rect", { class: "gantt-marker-shape", x: x - r, y: y - r, width: DIAMOND_SIZE, height: DIAMOND_SIZE }, g);
        if (m.title) svg("title", {}, shape).textContent = m.title;
        els.push(g);
      }
      this.drawn.set(id, els);
    }
  }

  /** Drops the markers of rows no longer drawn. */
  dropRows(taskIds: readonly string[]): void {
    for (const id of taskIds) {
      for (const el of this.drawn.get(id) ?? []) el.remove();
      this.drawn.delete(id);
    }
  }
}
