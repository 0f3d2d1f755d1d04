// The public shape of the generic Gantt chart. It knows nothing about the
// domain: ids, plain-text names, days and render callbacks.
import type { GanttViewModeName } from "./view-modes";

/** How a task reacts to the mouse: drag/resize/progress, drag only, or nothing. */
export type GanttInteraction = "full" | "move" | "none";

export interface GanttTask {
  /** unique, no spaces (frappe-gantt builds CSS selectors from it) */
  id: string;
  /** plain text: the chart escapes it */
  name: string;
  /** yyyy-MM-dd, first day */
  start: string;
  /** yyyy-MM-dd, last day (inclusive) */
  end: string;
  /** 0–100 */
  progress: number;
  /** space-separated classes put on the bar's `g.bar-wrapper` */
  custom_class?: string;
  dependencies?: string[];
  /** default "full"; diamonds default to "move" */
  interaction?: GanttInteraction;
  /** "diamond": a milestone marker at `start` (draw it as a one-day task) */
  shape?: "bar" | "diamond";
}

/** A shape drawn in the row of `taskId` at `date`, e.g. a baseline ghost. */
export interface GanttMarker {
  id: string;
  taskId: string;
  date: string;
  className?: string;
  /** draws a line from the marker to this day in the same row */
  linkTo?: string;
  /** plain-text tooltip */
  title?: string;
  /** drawn over the bars instead of under them (e.g. milestones on a summary bar) */
  above?: boolean;
}

export interface GanttRange {
  start: string;
  end: string;
}

export interface GanttProps {
  tasks: readonly GanttTask[];
  viewMode: GanttViewModeName;
  markers?: readonly GanttMarker[];
  /** yyyy-MM-dd: draws the today line and is where scrollToToday() goes */
  today?: string;
  /** yyyy-MM-dd: the day the first view centres on; default today */
  initialDay?: string;
  barHeight?: number;
  /** vertical space between rows */
  padding?: number;
  /** the chart scrolls inside this height (px) when its rows need more */
  maxHeight?: number;
  /** draws every row, not just those around the view (an export; printing does it by itself) */
  allRows?: boolean;
  readonly?: boolean;
  readonlyDates?: boolean;
  readonlyProgress?: boolean;
  className?: string;
  onClick?: (task: GanttTask) => void;
  /** once per drag, on mouse up, with the days the bar now covers */
  onDateChange?: (task: GanttTask, range: GanttRange) => void;
  onProgressChange?: (task: GanttTask, progress: number) => void;
  /** popup HTML for a clicked task, built ONLY from escaped text; false for none */
  popup?: (task: GanttTask) => string | false;
}

export interface GanttHandle {
  scrollToToday(): void;
  scrollToDay(day: string): void;
  /** brings the task's row and start into view, the page scrolled to it too; false when it is not drawn */
  scrollToTask(id: string): boolean;
  /** the width (px) the chart shows of its days */
  viewportWidth(): number;
}
