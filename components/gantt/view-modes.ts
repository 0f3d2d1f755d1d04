// Day / Week / Month / Quarter for frappe-gantt 1.x, labelled in Chinese.
// A factory, because frappe-gantt mutates the view mode objects it gets.
import { format, getQuarter, startOfISOWeek, startOfQuarter } from "date-fns";
import type { FrappeViewMode } from "frappe-gantt";
import type { ViewMode } from "~/lib/domain/view-mode";

/** The zoom levels the chart draws: the timeline's (lib/domain/view-mode.ts). */
export type GanttViewModeName = ViewMode;

export interface GanttViewMode extends FrappeViewMode {
  name: GanttViewModeName;
  /** our extension: moves the first column to a period boundary (see aligned-gantt.ts) */
  align_start?: (d: Date) => Date;
  /** our extension: `date_format` as a date-fns pattern, which aligned-gantt.ts formats with */
  date_pattern: string;
}

type Label = (d: Date, last: Date | null) => string;

/** "2024年12月" where the month changes (frappe's scroll code looks the label up with last = null). */
const monthOnChange: Label = (d, last) =>
  !last || last.getMonth() !== d.getMonth() || last.getFullYear() !== d.getFullYear() ? format(d, "yyyy年M月") : "";
const yearOnChange: Label = (d, last) => (!last || last.getFullYear() !== d.getFullYear() ? format(d, "yyyy年") : "");

export function createViewModes(): GanttViewMode[] {
  return [
    {
      name: "Day",
      padding: "14d",
      step: "1d",
      date_format: "YYYY-MM-DD",
      date_pattern: "yyyy-MM-dd",
      column_width: 36,
      lower_text: (d) => format(d, "d"),
      upper_text: monthOnChange,
      thick_line: (d) => d.getDay() === 1,
    },
    {
      name: "Week",
      padding: "1m",
      step: "7d",
      date_format: "YYYY-MM-DD",
      date_pattern: "yyyy-MM-dd",
      column_width: 96,
      lower_text: (d) => format(d, "M/d"),
      upper_text: monthOnChange,
      thick_line: (d) => d.getDate() <= 7,
      align_start: (d) => startOfISOWeek(d),
    },
    {
      name: "Month",
      padding: "2m",
      step: "1m",
      date_format: "YYYY-MM",
      date_pattern: "yyyy-MM",
      column_width: 110,
      lower_text: (d) => format(d, "M月"),
      upper_text: yearOnChange,
      thick_line: (d) => d.getMonth() % 3 === 0,
      snap_at: "7d",
    },
    {
      name: "Quarter",
      padding: "3m",
      step: "3m",
      date_format: "YYYY-MM",
      date_pattern: "yyyy-MM",
      column_width: 150,
      lower_text: (d) => `第${getQuarter(d)}季度`,
      upper_text: yearOnChange,
      thick_line: (d) => d.getMonth() === 0,
      snap_at: "7d",
      align_start: (d) => startOfQuarter(d),
    },
  ];
}
