// What the live label says while the mouse drags a bar: the day a diamond
// would be saved at, the days a bar would cover, or the percent of a progress
// handle. Pure; drag-date-label.ts puts it on screen.
import type { DayRange } from "./scale";
import type { GanttTask } from "./types";

export type DragReading = { kind: "dates"; range: DayRange } | { kind: "progress"; done: number; width: number };

export function dragLabelText(task: Pick<GanttTask, "shape">, reading: DragReading): string {
  if (reading.kind === "progress") {
    const percent = reading.width > 0 ? Math.round((100 * reading.done) / reading.width) : 0;
    return `${Math.min(100, Math.max(0, percent))}%`;
  }
  const { start, end } = reading.range;
  // a diamond is drawn at its day: the end of its range is what is saved
  if (task.shape === "diamond" || start === end) return end;
  return `${start} ~ ${end}`;
}
