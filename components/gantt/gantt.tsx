"use client";
// A generic React wrapper around frappe-gantt 1.x. frappe-gantt touches
// `document`, has no destroy() and mutates what it is given, so: it is built in
// an effect, torn down by emptying the host, fed fresh copies; data changes go
// through refresh(), option changes rebuild it. The parts: what is drawn
// (use-gantt-drawing.ts), what the mouse did (gantt-events.ts with
// drag-session.ts), where it is scrolled (use-gantt-scroll.ts), the options
// (frappe-options.ts), and the rows drawn: only those around the view
// (windowed-gantt.ts), following the scroll (follow-rows.ts).
import { type Ref, useEffect, useLayoutEffect, useRef } from "react";
import { DEFAULT_SIZE } from "./chart-height";
import { followRows } from "./follow-rows";
import { ganttEvents } from "./gantt-events";
import { frappeOptions } from "./frappe-options";
import type { GanttHandle, GanttProps } from "./types";
import { useGanttDrawing } from "./use-gantt-drawing";
import { useGanttScroll } from "./use-gantt-scroll";
import { WindowedGantt } from "./windowed-gantt";
import "./frappe-gantt.css";
import "./gantt.css";
import "./gantt-editing.css";

export function GanttChart({ ref, ...props }: GanttProps & { ref?: Ref<GanttHandle> }) {
  const hostRef = useRef<HTMLDivElement>(null);
  const ganttRef = useRef<WindowedGantt | null>(null);
  const propsRef = useRef(props);

  const {
    viewMode,
    barHeight = DEFAULT_SIZE.barHeight,
    padding = DEFAULT_SIZE.padding,
    maxHeight = DEFAULT_SIZE.maxHeight,
    readonly = false,
    readonlyDates = false,
    readonlyProgress = false,
  } = props;

  useEffect(() => {
    propsRef.current = props;
  });

  const drawing = useGanttDrawing(propsRef, { barHeight, padding, maxHeight });
  const scroll = useGanttScroll(ref, { ganttRef, propsRef, taskById: drawing.taskById, barHeight });

  // Build: on mount and whenever an option changes.
  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    host.replaceChildren();
    const events = ganttEvents({ propsRef, ganttRef, drawing });
    const { copies, height } = drawing.load(propsRef.current.tasks);
    const options = frappeOptions(
      { viewMode, barHeight, padding, readonly, readonlyDates, readonlyProgress },
      height,
      { ...events.callbacks, rendered: drawing.rendered },
      host.clientWidth, // one layout read per build: Month and Quarter fill the width
    );

    let gantt: WindowedGantt;
    try {
      gantt = new WindowedGantt(host, copies, options, (added, removed) => drawing.rowsDrawn(gantt, added, removed));
    } catch (error) {
      console.error("甘特图绘制失败", error);
      return () => host.replaceChildren();
    }
    ganttRef.current = gantt;
    scroll.restore(gantt);
    gantt.syncRows(); // the rows of the restored scroll
    if (propsRef.current.allRows) gantt.drawEveryRow(true);
    const stopListening = events.listen(host, gantt);
    const stopFollowing = followRows(gantt);

    return () => {
      stopFollowing();
      stopListening();
      scroll.remember(gantt);
      ganttRef.current = null;
      drawing.forget();
      gantt.cancelHovers();
      host.replaceChildren(); // frappe-gantt has no destroy(); its document mouseup listener stays (harmless)
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- rebuild only on option changes; data goes through refresh
  }, [viewMode, barHeight, padding, maxHeight, readonly, readonlyDates, readonlyProgress]);

  // Data: refresh in place, keeping the same day in view. After the build effect, so a
  // new view mode with new tasks is one build, not a refresh and a build.
  useEffect(() => {
    if (ganttRef.current) drawing.update(ganttRef.current, props);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.tasks, props.markers, props.today]);

  // every row for an export, drawn before the exporter reads the chart
  useLayoutEffect(() => {
    ganttRef.current?.drawEveryRow(Boolean(props.allRows));
  }, [props.allRows]);

  return (
    <div
      ref={hostRef}
      className={`gantt-host${readonly ? "" : " gantt-editable"}${props.today ? " gantt-own-today" : ""}${props.className ? ` ${props.className}` : ""}`}
    />
  );
}
