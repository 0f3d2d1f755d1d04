// The live label of a drag: while the mouse holds a bar, a diamond or a
// progress handle of an editable chart, a small label beside the pointer says
// what a drop now would save (dragLabelText). Gone on mouse up. Also marks the
// host while dragging, for the grabbing cursor. DOM only; text via textContent.
import type Gantt from "frappe-gantt";
import { barRange } from "./frappe-bridge";
import { dragLabelText, type DragReading } from "./drag-label-text";
import type { DayRange } from "./scale";
import type { GanttTask } from "./types";

interface DragSources {
  /** the days the task covered before this gesture */
  rangeOf: (taskId: string) => DayRange | undefined;
  taskById: (taskId: string) => GanttTask | undefined;
}

/** pixels the pointer keeps from the label, so the label never sits under it */
const OFFSET = { x: 14, y: -30 };

export function followDrags(host: HTMLElement, gantt: Gantt, { rangeOf, taskById }: DragSources): () => void {
  let held: { id: string; progress: boolean } | null = null;
  let label: HTMLDivElement | null = null;

  const reading = (id: string, progress: boolean): DragReading | null => {
    const bar = gantt.get_bar(id);
    if (!bar) return null;
    if (progress)
      return { kind: "progress", done: Number(bar.$bar_progress.getAttribute("width")), width: Number(bar.$bar.getAttribute("width")) };
    const before = rangeOf(id);
    const range = before ? barRange(gantt, id, before) : null;
    return range ? { kind: "dates", range } : null;
  };

  const onMouseDown = (e: MouseEvent) => {
    const target = e.target instanceof Element ? e.target : null;
    const wrapper = target?.closest(".bar-wrapper");
    const id = wrapper?.getAttribute("data-id");
    // only what the mouse can move: frappe draws no handles on a read-only chart, and bars that do not move say so by class
    held =
      id && e.button === 0 && !wrapper?.classList.contains("gantt-i-none") ? { id, progress: !!target?.closest(".handle.progress") } : null;
  };
  const onMouseMove = (e: MouseEvent) => {
    if (!held || (e.buttons & 1) === 0) return;
    const task = taskById(held.id);
    const now = task ? reading(held.id, held.progress) : null;
    if (!task || !now) return;
    if (!label) {
      label = document.createElement("div");
      label.className = "gantt-drag-label";
      label.setAttribute("role", "status");
      host.appendChild(label);
      host.classList.add("gantt-dragging");
    }
    label.textContent = dragLabelText(task, now);
    label.style.left = `${e.clientX + OFFSET.x}px`;
    label.style.top = `${e.clientY + OFFSET.y}px`;
  };
  const onMouseUp = () => {
    held = null;
    label?.remove();
    label = null;
    host.classList.remove("gantt-dragging");
  };

  host.addEventListener("mousedown", onMouseDown, true);
  window.addEventListener("mousemove", onMouseMove);
  window.addEventListener("mouseup", onMouseUp);
  return () => {
    onMouseUp();
    window.removeEventListener("mouseup", onMouseUp);
    window.removeEventListener("mousemove", onMouseMove);
    host.removeEventListener("mousedown", onMouseDown, true);
  };
}
