"use client";
// Where the chart is scrolled to. AlignedGantt never scrolls by itself, so the
// wrapper does all of it: the day at the focus point (the middle) stays there
// across rebuilds and refreshes, and the handle scrolls to today, a day or a task.
import type Gantt from "frappe-gantt";
import { type Ref, type RefObject, useImperativeHandle, useRef } from "react";
import { scaleOf } from "./frappe-bridge";
import { dayAtX, xOfDay } from "./scale";
import type { GanttHandle, GanttProps, GanttTask } from "./types";
import type { WindowedGantt } from "./windowed-gantt";

const focusX = (g: Gantt) => g.$container.clientWidth / 2;

/** The day at the focus point of the view; null for units our maths lacks. */
export function anchorOf(g: Gantt): string | null {
  const scale = scaleOf(g);
  return scale ? dayAtX(g.$container.scrollLeft + focusX(g), scale) : null;
}

/** Scrolls `day` to the focus point. */
export function scrollToDay(g: Gantt, day: string, smooth = false): void {
  const scale = scaleOf(g);
  const x = scale ? xOfDay(day, scale) : Number.NaN;
  if (Number.isFinite(x)) g.$container.scrollTo({ left: Math.max(0, x - focusX(g)), behavior: smooth ? "smooth" : "instant" });
}

interface ScrollSources {
  ganttRef: RefObject<WindowedGantt | null>;
  propsRef: RefObject<GanttProps>;
  /** the drawn task of that id */
  taskById: (id: string) => GanttTask | undefined;
  barHeight: number;
}

/**
 * The handle's scrolling, and the day in view kept across rebuilds: `remember`
 * it before a chart is torn down, `restore` it once the next one is built.
 */
export function useGanttScroll(ref: Ref<GanttHandle> | undefined, { ganttRef, propsRef, taskById, barHeight }: ScrollSources) {
  /** the day at the focus point of the view, kept across rebuilds */
  const anchorRef = useRef<string | null>(null);
  /** the rows scrolled past, kept across rebuilds too (a new view mode stays on the same rows) */
  const topRef = useRef(0);

  useImperativeHandle(ref, () => ({
    scrollToToday: () => {
      const g = ganttRef.current;
      const today = propsRef.current.today;
      if (g && today) scrollToDay(g, today, true);
    },
    scrollToDay: (day) => {
      const g = ganttRef.current;
      if (g) scrollToDay(g, day, true);
    },
    scrollToTask: (id) => {
      const g = ganttRef.current;
      const task = taskById(id);
      const row = g?.tasks.find((t) => t.id === id)?._index; // from the data: the row may not be drawn
      if (!g || !task || row === undefined) return false;
      scrollToDay(g, task.start);
      g.$container.scrollTop = Math.max(0, g.rowTop(row) - g.config.header_height - 2 * barHeight);
      g.syncRows(); // its bar drawn now, not at the scroll event
      g.get_bar(id)?.$bar.scrollIntoView?.({ block: "center", inline: "nearest" }); // the page too, when the chart is below the fold
      return true;
    },
    viewportWidth: () => ganttRef.current?.$container.clientWidth ?? 0,
  }));

  return {
    /** a new chart: back to the day in view before the rebuild, else the initial day, today, the first task */
    restore(g: Gantt) {
      const p = propsRef.current;
      const first = anchorRef.current ?? p.initialDay ?? p.today ?? p.tasks[0]?.start;
      if (first) scrollToDay(g, first);
      if (topRef.current > 0) g.$container.scrollTop = topRef.current;
    },
    /** the chart is about to go */
    remember(g: Gantt) {
      anchorRef.current = anchorOf(g) ?? anchorRef.current;
      topRef.current = g.$container.scrollTop;
    },
  };
}
