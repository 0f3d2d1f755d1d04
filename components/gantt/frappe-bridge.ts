// What the React wrapper does to and around a frappe-gantt instance: fresh,
// escaped task copies in; classes, diamonds and overlay markers after each
// render; the days of a dragged bar read back. DOM only, no React.
import type Gantt from "frappe-gantt";
import type { FrappeBar, FrappeTask } from "frappe-gantt";
import { clampDay, type DaySpan } from "./drawn-span";
import { escapeHtml } from "./escape-html";
import { interactionOf } from "./interaction";
import { changeToDays, parseLocalIsoDate } from "./local-date";
import { type DayRange, dayWidth, type GanttScale, rangeFromBar, xOfDay } from "./scale";
import type { GanttMarker, GanttTask } from "./types";

const SVG = "http://www.w3.org/2000/svg";
export const DIAMOND_SIZE = 12;

/** also here: frappe-bridge.test.ts tests it from this module */
export { interactionOf };

/** New objects every time (frappe-gantt writes into them), names escaped, invalid days dropped, days kept within `span`. */
export function toFrappeTasks(tasks: readonly GanttTask[], span: DaySpan | null = null): FrappeTask[] {
  const out: FrappeTask[] = [];
  for (const t of tasks) {
    if (!parseLocalIsoDate(t.start) || !parseLocalIsoDate(t.end)) continue;
    const start = clampDay(t.start, span);
    const end = clampDay(t.end, span);
    out.push({
      id: String(t.id),
      name: escapeHtml(t.name),
      start,
      end: end < start ? start : end,
      progress: Math.min(100, Math.max(0, Math.round(Number.isFinite(t.progress) ? t.progress : 0))),
      dependencies: t.dependencies?.join(",") ?? "",
    });
  }
  return out;
}

/** The scale of the current render, or null for units our maths does not cover. */
export function scaleOf(gantt: Gantt): GanttScale | null {
  const { unit, step, column_width } = gantt.config;
  if (unit !== "day" && unit !== "month") return null;
  return { start: gantt.gantt_start, unit, step, columnWidth: column_width };
}

/** The days a drawn bar covers now: from its pixels, or from frappe's dates for units our maths lacks. */
export function barRange(gantt: Gantt, id: string, before: DayRange): DayRange | null {
  const bar = gantt.get_bar(id);
  if (!bar) return null;
  const scale = scaleOf(gantt);
  if (scale) return rangeFromBar({ x: Number(bar.$bar.getAttribute("x")), width: Number(bar.$bar.getAttribute("width")) }, before, scale);
  const { _start, _end } = bar.task;
  return _start && _end ? changeToDays(_start, new Date(_end.getTime() - 1000)) : null;
}

const attr = (el: Element, name: string) => Number(el.getAttribute(name));

/** requestIdleCallback where the browser has it; the timeout keeps a busy page from starving the work. */
function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === "function") requestIdleCallback(work, { timeout: 100 });
  else setTimeout(work, 0);
}

/** Classes, interaction flags and diamond labels: re-applied after every render. */
export function decorateBars(gantt: Gantt, byId: ReadonlyMap<string, GanttTask>, scale: GanttScale | null): void {
  const half = scale ? dayWidth(scale) / 2 : 0;
  for (const bar of gantt.bars) {
    const task = byId.get(bar.task.id);
    if (!task) continue;
    const classes = (task.custom_class ?? "").split(/\s+/).filter(Boolean);
    bar.group.classList.add(...classes, `gantt-i-${interactionOf(task)}`);
    if (task.shape === "diamond") {
      bar.group.classList.add("gantt-diamond");
      labelBesideDiamond(bar, half);
    }
  }
}

/** frappe centres short labels on the bar; a diamond's label goes to its right. */
function labelBesideDiamond(bar: FrappeBar, halfDay: number): void {
  bar.update_label_position = function update() {
    const label = this.group.querySelector(".bar-label");
    if (!label) return;
    label.classList.add("big");
    label.setAttribute("x", String(attr(this.$bar, "x") + halfDay + DIAMOND_SIZE / 2 + 6));
  };
}

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

/** Markers on rows further down than this are drawn after the first paint. */
const FIRST_SCREEN_PX = 1200;
/** markers per deferred batch: a few milliseconds of work each */
const MARKER_BATCH = 300;
/** the latest overlay of each chart; an earlier one's deferred batches stop */
const overlays = new WeakMap<Gantt, object>();

/**
 * Markers and the today line, under the bars; built with DOM calls, never HTML.
 * Markers of the first screen of rows are drawn now, the others in idle time
 * in small batches: a large timeline has thousands, and drawing them all at
 * once kept the page from answering input for a tenth of a second or more.
 */
export function drawOverlay(gantt: Gantt, markers: readonly GanttMarker[], today: string | undefined, scale: GanttScale | null): void {
  const overlay = {};
  overlays.set(gantt, overlay);
  for (const old of gantt.$svg.querySelectorAll(":scope > .gantt-overlay")) old.remove();
  if (!scale) return;
  const layer = document.createElementNS(SVG, "g");
  layer.setAttribute("class", "gantt-overlay");
  gantt.$svg.insertBefore(layer, gantt.layers.bar);
  let top: SVGGElement | null = null;
  const topLayer = () => {
    if (top) return top;
    top = document.createElementNS(SVG, "g");
    top.setAttribute("class", "gantt-overlay gantt-overlay-above");
    gantt.$svg.insertBefore(top, gantt.layers.bar.nextSibling);
    return top;
  };
  const half = dayWidth(scale) / 2;
  const bars = new Map(gantt.bars.map((b) => [b.task.id, b] as const));

  const placed = markers.flatMap((m) => {
    const bar = bars.get(m.taskId);
    const x = xOfDay(m.date, scale) + half;
    return bar && Number.isFinite(x) ? [{ m, x, y: attr(bar.$bar, "y") + bar.height / 2 }] : [];
  });
  const draw = ({ m, x, y }: (typeof placed)[number]) => {
    const g = svg("g", { class: `gantt-marker ${m.className ?? ""}`.trim(), "data-id": m.id }, m.above ? topLayer() : layer);
    const to = m.linkTo ? xOfDay(m.linkTo, scale) + half : Number.NaN;
    if (Number.isFinite(to)) svg("line", { class: "gantt-marker-link", x1: x, y1: y, x2: to, y2: y }, g);
    const r = DIAMOND_SIZE / 2;
    const shape = svg("rect", { class: "gantt-marker-shape", x: x - r, y: y - r, width: DIAMOND_SIZE, height: DIAMOND_SIZE }, g);
    if (m.title) svg("title", {}, shape).textContent = m.title;
  };
  const later = placed.filter((p) => p.y >= FIRST_SCREEN_PX);
  for (const p of placed) if (p.y < FIRST_SCREEN_PX) draw(p);
  const drawBatch = (from: number) => {
    if (overlays.get(gantt) !== overlay || from >= later.length) return;
    later.slice(from, from + MARKER_BATCH).forEach(draw);
    whenIdle(() => drawBatch(from + MARKER_BATCH));
  };
  whenIdle(() => drawBatch(0));

  const tx = today ? xOfDay(today, scale) + half : Number.NaN;
  if (Number.isFinite(tx)) {
    const top = gantt.config.header_height;
    svg("line", { class: "gantt-today", x1: tx, y1: top, x2: tx, y2: gantt.grid_height }, layer);
  }
}
