// How a task reacts to the mouse, with its default. Pure: the drag session and
// the bar decoration both ask it.
import type { GanttInteraction, GanttTask } from "./types";

export function interactionOf(task: GanttTask): GanttInteraction {
  return task.interaction ?? (task.shape === "diamond" ? "move" : "full");
}
