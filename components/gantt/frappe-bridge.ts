// What the React wrapper does to and around a frappe-gantt instance: fresh,
// escaped task copies in; classes and diamonds on the bars it draws (markers:
// marker-overlay.ts); the days of a dragged bar read back. DOM only, no React.
import type Gantt from "frappe-gantt";
import type { FrappeBar, FrappeTask } from "frappe-gantt";
import { clampDay, type DaySpan } from "./drawn-span";
import { escapeHtml } from "./escape-html";
import { interactionOf } from "./interaction";
import { changeToDays, parseLocalIsoDate } from "./local-date";
import { type DayRange, dayWidth, type GanttScale, rangeFromBar } from "./scale";
import type { GanttTask } from "./types";

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

/** Classes, interaction flags and diamond labels: re-applied after every render. */
export function decorateBars(bars: readonly FrappeBar[], byId: ReadonlyMap<string, GanttTask>, scale: GanttScale | null): void {
  const half = scale ? dayWidth(scale) / 2 : 0;
  for (const bar of bars) {
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
