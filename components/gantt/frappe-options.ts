// The options of one frappe-gantt build: our view modes, sizes and switches,
// and the callbacks, which hand the wrapper task ids. Pure: a fresh object per
// build, since frappe-gantt mutates what it is given.
import type Gantt from "frappe-gantt";
import type { FrappeOptions } from "frappe-gantt";
import { createViewModes, type GanttViewModeName } from "./view-modes";

export const HEADER = { upper_header_height: 36, lower_header_height: 28 };

/** The props that rebuild the chart when they change (maxHeight too, through the container height). */
export interface ChartSettings {
  viewMode: GanttViewModeName;
  barHeight: number;
  padding: number;
  readonly: boolean;
  readonlyDates: boolean;
  readonlyProgress: boolean;
}

export interface ChartCallbacks {
  /** popup HTML for the task, or false for none */
  popup(taskId: string): string | false;
  /** after every render: the first, each refresh() and each view change */
  rendered(gantt: Gantt): void;
  click(taskId: string): void;
  dateChanged(taskId: string): void;
  progressChanged(taskId: string, progress: number): void;
}

/** `fillWidth`: the chart's width (px), which its columns fill even when the tasks span less */
export function frappeOptions(settings: ChartSettings, containerHeight: number, on: ChartCallbacks, fillWidth = 0): FrappeOptions {
  const { viewMode } = settings;
  // frappe-gantt starts in the first view mode it is given: put ours first (one render, not two)
  const modes = createViewModes();
  return {
    view_modes: [...modes.filter((m) => m.name === viewMode), ...modes.filter((m) => m.name !== viewMode)],
    container_height: containerHeight,
    fill_width: fillWidth,
    bar_height: settings.barHeight,
    padding: settings.padding,
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
    readonly: settings.readonly,
    readonly_dates: settings.readonlyDates,
    readonly_progress: settings.readonlyProgress,
    popup: (ctx) => on.popup(ctx.task.id),
    on_view_change(this: Gantt) {
      on.rendered(this);
    },
    on_click(task) {
      on.click(task.id);
    },
    on_date_change(task) {
      // fires on mouse moves, but not reliably (frappe compares dates it truncated
      // to whole months in Month/Quarter): only note the bar, read it on mouse up
      on.dateChanged(task.id);
    },
    on_progress_change(task, progress) {
      on.progressChanged(task.id, progress);
    },
  };
}
