"use client";
// What the chart has drawn: the tasks, markers and today of its last render,
// the drag session that knows their days, and the ways to draw them again.
// frappe-gantt mutates what it is given, so it always gets fresh copies.
import type Gantt from "frappe-gantt";
import type { FrappeBar, FrappeTask } from "frappe-gantt";
import { type RefObject, useRef, useState } from "react";
import { chartHeight } from "./chart-height";
import { DragSession } from "./drag-session";
import { HEADER } from "./frappe-options";
import { drawnSpan } from "./drawn-span";
import { decorateBars, scaleOf, toFrappeTasks } from "./frappe-bridge";
import { MarkerOverlay } from "./marker-overlay";
import { dayWidth } from "./scale";
import type { GanttProps, GanttTask } from "./types";
import { anchorOf, scrollToDay } from "./use-gantt-scroll";

interface Drawn {
  tasks: readonly GanttTask[];
  markers: GanttProps["markers"];
  today: string | undefined;
  byId: Map<string, GanttTask>;
}

export interface DrawingSize {
  barHeight: number;
  padding: number;
  maxHeight: number;
}

export type GanttDrawing = ReturnType<typeof useGanttDrawing>;

export function useGanttDrawing(propsRef: RefObject<GanttProps>, { barHeight, padding, maxHeight }: DrawingSize) {
  const drawnRef = useRef<Drawn | null>(null);
  const overlayRef = useRef<MarkerOverlay | null>(null);
  const [session] = useState(() => new DragSession());

  const taskById = (id: string) => drawnRef.current?.byId.get(id);

  /** Fresh copies of the current tasks for frappe-gantt; remembers what was drawn; sizes the scroll box. */
  const load = (tasks: readonly GanttTask[], container?: HTMLElement): { copies: FrappeTask[]; height: number } => {
    const p = propsRef.current;
    drawnRef.current = { tasks, markers: p.markers, today: p.today, byId: new Map(tasks.map((t) => [t.id, t])) };
    session.reset(tasks);
    const copies = toFrappeTasks(tasks, drawnSpan(tasks, p.today));
    const height = chartHeight(
      copies.length,
      { barHeight, padding, upperHeaderHeight: HEADER.upper_header_height, lowerHeaderHeight: HEADER.lower_header_height },
      maxHeight,
    );
    container?.style.setProperty("--gv-grid-height", `${height}px`);
    return { copies, height };
  };

  /** refresh() redraws everything; the anchor day is put back where it was */
  const redraw = (g: Gantt) => {
    const anchor = anchorOf(g);
    const { copies, height } = load(propsRef.current.tasks, g.$container);
    g.options.container_height = height;
    g.refresh(copies);
    if (anchor) scrollToDay(g, anchor);
  };

  /** A new overlay with the current markers, over the rows drawn now. */
  const overlay = (g: Gantt, scale = scaleOf(g)) => {
    overlayRef.current = new MarkerOverlay(g, propsRef.current.markers ?? [], propsRef.current.today, scale);
    overlayRef.current.drawRows(g.bars);
  };

  return {
    session,
    taskById,
    load,
    redraw,
    /** After every render: our classes and diamonds, the overlay, the day width and full height for the CSS. */
    rendered(g: Gantt) {
      const scale = scaleOf(g);
      decorateBars(g.bars, drawnRef.current?.byId ?? new Map(), scale);
      overlay(g, scale);
      g.$container.style.setProperty("--gantt-day-width", `${scale ? dayWidth(scale) : 0}px`);
      g.$container.style.setProperty("--gantt-full-height", `${g.grid_height}px`); // every row: what print shows
    },
    /** The chart scrolled to other rows: the new bars decorated, the markers following their rows. */
    rowsDrawn(g: Gantt, added: readonly FrappeBar[], removed: readonly string[]) {
      decorateBars(added, drawnRef.current?.byId ?? new Map(), scaleOf(g));
      overlayRef.current?.dropRows(removed);
      overlayRef.current?.drawRows(added);
    },
    /** New data: new tasks are drawn again in place (the same day in view); new markers or today only redraw the overlay. */
    update(g: Gantt, { tasks, markers, today }: Pick<GanttProps, "tasks" | "markers" | "today">) {
      const drawn = drawnRef.current;
      if (!drawn) return;
      if (drawn.tasks !== tasks) return redraw(g);
      if (drawn.markers !== markers || drawn.today !== today) {
        drawnRef.current = { ...drawn, markers, today };
        overlay(g);
      }
    },
    /** the chart was torn down */
    forget() {
      drawnRef.current = null;
      overlayRef.current = null;
    },
  };
}
