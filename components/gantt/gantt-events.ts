// What the chart tells its owner: frappe-gantt's callbacks and the mouse
// listeners, through the drag session, become the props' onClick,
// onDateChange and onProgressChange. Moves are read on mouse up, once per
// gesture; a change the task does not allow is drawn back.
import type Gantt from "frappe-gantt";
import type { RefObject } from "react";
import { AlignedGantt } from "./aligned-gantt";
import { followDrags } from "./drag-date-label";
import { barRange } from "./frappe-bridge";
import type { ChartCallbacks } from "./frappe-options";
import type { GanttProps } from "./types";
import type { GanttDrawing } from "./use-gantt-drawing";

interface EventSources {
  propsRef: RefObject<GanttProps>;
  /** the chart now built, if any */
  ganttRef: RefObject<Gantt | null>;
  drawing: GanttDrawing;
}

export function ganttEvents({ propsRef, ganttRef, drawing }: EventSources) {
  const { session, taskById } = drawing;
  const redraw = () => ganttRef.current && drawing.redraw(ganttRef.current);

  /** frappe-gantt's callbacks, but after each render's */
  const callbacks: Omit<ChartCallbacks, "rendered"> = {
    popup: (id) => {
      const task = taskById(id);
      return task && propsRef.current.popup ? propsRef.current.popup(task) : false;
    },
    click: (id) => {
      const t = taskById(id);
      if (t && !session.isClickAfterDrag()) propsRef.current.onClick?.(t);
    },
    dateChanged: (id) => session.dateTouched(id),
    progressChanged: (id, progress) => {
      const decision = session.progressChanged(taskById(id), progress);
      if (decision.kind === "report") propsRef.current.onProgressChange?.(decision.task, decision.progress);
      else setTimeout(redraw); // not ours to change: put it back
    },
  };

  /** Listens to the mouse on `host` (a bar pressed) and the window (released anywhere); returns the way to stop. */
  const listen = (host: HTMLElement, gantt: Gantt): (() => void) => {
    const onMouseDown = (e: MouseEvent) =>
      session.pointerDown((e.target as Element | null)?.closest?.(".bar-wrapper")?.getAttribute("data-id") ?? null);
    const onMouseUp = () => {
      const end = session.pointerUp((id, before) => barRange(gantt, id, before), taskById);
      for (const { task, range } of end.changes) propsRef.current.onDateChange?.(task, range);
      if (end.redraw) redraw();
    };
    // the popup is fixed to the window: when the chart or the page scrolls it follows its bar
    const onScroll = () => {
      if (gantt instanceof AlignedGantt) gantt.placePopup();
    };
    const stopLabel = propsRef.current.readonly
      ? () => undefined
      : followDrags(host, gantt, { rangeOf: (id) => session.rangeOf(id), taskById });
    host.addEventListener("mousedown", onMouseDown, true);
    window.addEventListener("mouseup", onMouseUp);
    host.addEventListener("scroll", onScroll, true);
    window.addEventListener("scroll", onScroll);
    return () => {
      stopLabel();
      window.removeEventListener("scroll", onScroll);
      host.removeEventListener("scroll", onScroll, true);
      window.removeEventListener("mouseup", onMouseUp);
      host.removeEventListener("mousedown", onMouseDown, true);
    };
  };

  return { callbacks, listen };
}
