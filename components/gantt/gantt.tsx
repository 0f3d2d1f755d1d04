"use client";
// A generic React wrapper around frappe-gantt 1.x. frappe-gantt touches
// `document`, has no destroy() and mutates what it is given, so: it is built in
// an effect, torn down by emptying the host, fed fresh copies; data changes go
// through refresh(), option changes rebuild it.
import type Gantt from "frappe-gantt";
import type { FrappeOptions, FrappeTask } from "frappe-gantt";
import { type Ref, useEffect, useImperativeHandle, useRef } from "react";
import { AlignedGantt } from "./aligned-gantt";
import { chartHeight } from "./chart-height";
import { changeToDays } from "./local-date";
import { decorateBars, drawOverlay, interactionOf, scaleOf, toFrappeTasks } from "./frappe-bridge";
import { dayAtX, type DayRange, rangeFromBar, sameLength, xOfDay } from "./scale";
import type { GanttHandle, GanttProps, GanttTask } from "./types";
import { createViewModes } from "./view-modes";
import "./frappe-gantt.css";
import "./gantt.css";

interface Drawn {
  tasks: readonly GanttTask[];
  markers: GanttProps["markers"];
  today: string | undefined;
  byId: Map<string, GanttTask>;
}

/** The days a drawn bar covers now: from its pixels, or from frappe's dates for units our maths lacks. */
function barRange(gantt: Gantt, id: string, before: DayRange): DayRange | null {
  const bar = gantt.get_bar(id);
  if (!bar) return null;
  const scale = scaleOf(gantt);
  if (scale) return rangeFromBar({ x: Number(bar.$bar.getAttribute("x")), width: Number(bar.$bar.getAttribute("width")) }, before, scale);
  const { _start, _end } = bar.task;
  return _start && _end ? changeToDays(_start, new Date(_end.getTime() - 1000)) : null;
}

const HEADER = { upper_header_height: 36, lower_header_height: 28 };

export function GanttChart({ ref, ...props }: GanttProps & { ref?: Ref<GanttHandle> }) {
  const hostRef = useRef<HTMLDivElement>(null);
  const ganttRef = useRef<Gantt | null>(null);
  const propsRef = useRef(props);
  const drawnRef = useRef<Drawn | null>(null);
  const knownRef = useRef(new Map<string, DayRange>());
  /** bars the mouse may have moved since the last mouse up */
  const touchedRef = useRef(new Set<string>());
  /** the current gesture moved a bar or a handle: its closing click is the end of a drag, not a click */
  const editedRef = useRef(false);
  /** the day at the focus point of the view, kept across rebuilds */
  const anchorRef = useRef<string | null>(null);

  const { viewMode, barHeight = 22, padding = 14, maxHeight = 640, readonly = false, readonlyDates = false, readonlyProgress = false } = props;

  useEffect(() => {
    propsRef.current = props;
  });

  const focusX = (g: Gantt) => g.$container.clientWidth / 3;
  const anchorOf = (g: Gantt) => {
    const scale = scaleOf(g);
    return scale ? dayAtX(g.$container.scrollLeft + focusX(g), scale) : null;
  };
  const scrollTo = (g: Gantt, day: string, smooth = false) => {
    const scale = scaleOf(g);
    const x = scale ? xOfDay(day, scale) : Number.NaN;
    if (Number.isFinite(x)) g.$container.scrollTo({ left: Math.max(0, x - focusX(g)), behavior: smooth ? "smooth" : "instant" });
  };

  /** Fresh copies of the current tasks for frappe-gantt; remembers what was drawn; sizes the scroll box. */
  const load = (tasks: readonly GanttTask[], container?: HTMLElement): { copies: FrappeTask[]; height: number } => {
    const p = propsRef.current;
    drawnRef.current = { tasks, markers: p.markers, today: p.today, byId: new Map(tasks.map((t) => [t.id, t])) };
    knownRef.current = new Map(tasks.map((t) => [t.id, { start: t.start, end: t.end < t.start ? t.start : t.end }])); // as toFrappeTasks draws it
    touchedRef.current.clear();
    const copies = toFrappeTasks(tasks);
    const height = chartHeight(copies.length, { barHeight, padding, upperHeaderHeight: HEADER.upper_header_height, lowerHeaderHeight: HEADER.lower_header_height }, maxHeight);
    container?.style.setProperty("--gv-grid-height", `${height}px`);
    return { copies, height };
  };

  /** refresh() redraws everything; the anchor day is put back where it was */
  const redraw = (g: Gantt) => {
    const anchor = anchorOf(g);
    const { copies, height } = load(propsRef.current.tasks, g.$container);
    g.options.container_height = height;
    g.refresh(copies);
    if (anchor) scrollTo(g, anchor);
  };

  // Build: on mount and whenever an option changes.
  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    host.replaceChildren();
    const byId = (id: string) => drawnRef.current?.byId.get(id);

    const afterRender = (g: Gantt) => {
      const scale = scaleOf(g);
      decorateBars(g, drawnRef.current?.byId ?? new Map(), scale);
      drawOverlay(g, propsRef.current.markers ?? [], propsRef.current.today, scale);
      const dayPx = scale ? scale.columnWidth / (scale.step * (scale.unit === "month" ? 30 : 1)) : 0;
      g.$container.style.setProperty("--gantt-day-width", `${dayPx}px`);
    };

    // frappe-gantt starts in the first view mode it is given: put ours first (one render, not two)
    const modes = createViewModes();
    const { copies, height } = load(propsRef.current.tasks);
    const options: FrappeOptions = {
      view_modes: [...modes.filter((m) => m.name === viewMode), ...modes.filter((m) => m.name !== viewMode)],
      container_height: height,
      bar_height: barHeight,
      padding,
      ...HEADER,
      bar_corner_radius: 4,
      infinite_padding: false, // its re-render on wheel bypasses on_view_change
      language: "zh-CN",
      today_button: false,
      view_mode_select: false,
      scroll_to: null, // AlignedGantt leaves scrolling to us
      popup_on: "click",
      move_dependencies: false,
      holidays: viewMode === "Day" ? { "var(--g-weekend-highlight-color)": "weekend" } : {}, // weekend stripes only where days are wide
      readonly,
      readonly_dates: readonlyDates,
      readonly_progress: readonlyProgress,
      popup: (ctx) => {
        const task = byId(ctx.task.id);
        return task && propsRef.current.popup ? propsRef.current.popup(task) : false;
      },
      on_view_change(this: Gantt) {
        afterRender(this);
      },
      on_click(task) {
        const t = byId(task.id);
        if (t && !editedRef.current) propsRef.current.onClick?.(t);
      },
      on_date_change(task) {
        // fires on mouse moves, but not reliably (frappe compares dates it truncated
        // to whole months in Month/Quarter): only note the bar, read it on mouse up
        touchedRef.current.add(task.id);
      },
      on_progress_change(task, progress) {
        const t = byId(task.id);
        editedRef.current = true;
        if (t && interactionOf(t) === "full") propsRef.current.onProgressChange?.(t, Math.round(progress));
        else setTimeout(() => ganttRef.current && redraw(ganttRef.current)); // not ours to change: put it back
      },
    };

    let gantt: Gantt;
    try {
      gantt = new AlignedGantt(host, copies, options);
    } catch (error) {
      console.error("甘特图绘制失败", error);
      return () => host.replaceChildren();
    }
    ganttRef.current = gantt;
    const first = anchorRef.current ?? propsRef.current.today ?? propsRef.current.tasks[0]?.start;
    if (first) scrollTo(gantt, first);

    const onMouseDown = (e: MouseEvent) => {
      editedRef.current = false;
      const id = (e.target as Element | null)?.closest?.(".bar-wrapper")?.getAttribute("data-id");
      if (id) touchedRef.current.add(id);
    };
    const onMouseUp = () => {
      const touched = [...touchedRef.current];
      touchedRef.current.clear();
      let refused = false;
      for (const id of touched) {
        const t = byId(id);
        const before = knownRef.current.get(id);
        const range = before ? barRange(gantt, id, before) : null;
        if (!t || !before || !range || (range.start === before.start && range.end === before.end)) continue;
        editedRef.current = true;
        if (interactionOf(t) === "none" || (interactionOf(t) === "move" && !sameLength(range, before))) {
          refused = true;
          continue;
        }
        knownRef.current.set(id, range);
        propsRef.current.onDateChange?.(t, range);
      }
      if (refused && ganttRef.current) redraw(ganttRef.current);
    };
    host.addEventListener("mousedown", onMouseDown, true);
    window.addEventListener("mouseup", onMouseUp);

    return () => {
      window.removeEventListener("mouseup", onMouseUp);
      host.removeEventListener("mousedown", onMouseDown, true);
      anchorRef.current = anchorOf(gantt) ?? anchorRef.current;
      ganttRef.current = null;
      drawnRef.current = null;
      host.replaceChildren(); // frappe-gantt has no destroy(); its document mouseup listener stays (harmless)
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- rebuild only on option changes; data goes through refresh
  }, [viewMode, barHeight, padding, maxHeight, readonly, readonlyDates, readonlyProgress]);

  // Data: refresh in place, keeping the same day in view.
  useEffect(() => {
    const g = ganttRef.current;
    const drawn = drawnRef.current;
    if (!g || !drawn) return;
    if (drawn.tasks !== props.tasks) return redraw(g);
    if (drawn.markers !== props.markers || drawn.today !== props.today) {
      drawnRef.current = { ...drawn, markers: props.markers, today: props.today };
      drawOverlay(g, props.markers ?? [], props.today, scaleOf(g));
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.tasks, props.markers, props.today]);

  useImperativeHandle(ref, () => ({
    scrollToToday: () => {
      const g = ganttRef.current;
      const today = propsRef.current.today;
      if (g && today) scrollTo(g, today, true);
    },
    scrollToDay: (day) => {
      const g = ganttRef.current;
      if (g) scrollTo(g, day, true);
    },
    scrollToTask: (id) => {
      const g = ganttRef.current;
      const task = drawnRef.current?.byId.get(id);
      const bar = g?.get_bar(id);
      if (!g || !task || !bar) return false;
      scrollTo(g, task.start);
      const y = Number(bar.$bar.getAttribute("y"));
      if (Number.isFinite(y)) g.$container.scrollTop = Math.max(0, y - g.config.header_height - 2 * barHeight);
      return true;
    },
  }));

  return <div ref={hostRef} className={`gantt-host${props.today ? " gantt-own-today" : ""}${props.className ? ` ${props.className}` : ""}`} />;
}
