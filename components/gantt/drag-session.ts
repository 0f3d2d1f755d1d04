// What the mouse did to one chart between a mouse down and its mouse up, with
// no DOM and no frappe-gantt: the days each task covered when last drawn or
// reported, the bars the gesture may have moved, and whether it edited
// anything. frappe-gantt's on_date_change fires on mouse moves, but not
// reliably (it compares dates it truncated to whole months in Month/Quarter),
// so bars are only noted while the mouse moves and read back on mouse up.
import { interactionOf } from "./interaction";
import { type DayRange, sameLength } from "./scale";
import type { GanttTask } from "./types";

export interface DateChange {
  task: GanttTask;
  range: DayRange;
}

/** What a mouse up decided. */
export interface DragEnd {
  /** report each once, in the order the bars were touched */
  changes: DateChange[];
  /** a bar moved in a way its task does not allow: draw the tasks again to put it back */
  redraw: boolean;
}

export type ProgressDecision = { kind: "report"; task: GanttTask; progress: number } | { kind: "redraw" };

const sameRange = (a: DayRange, b: DayRange) => a.start === b.start && a.end === b.end;

/** Whether `task` may go from `before` to `after`: "none" refuses any change, "move" one of length. */
function allowed(task: GanttTask, before: DayRange, after: DayRange): boolean {
  const interaction = interactionOf(task);
  return interaction === "full" || (interaction === "move" && sameLength(after, before));
}

export class DragSession {
  /** per task id, the days it covers as drawn, or as last reported */
  private known = new Map<string, DayRange>();
  /** bars the mouse may have moved since the last mouse up */
  private readonly touched = new Set<string>();
  /** the current gesture moved a bar or a handle: its closing click is the end of a drag, not a click */
  private edited = false;

  /** The tasks were drawn afresh: their ranges are what they say (an end before the start is the start, as toFrappeTasks draws it). */
  reset(tasks: readonly GanttTask[]): void {
    this.known = new Map(tasks.map((t) => [t.id, { start: t.start, end: t.end < t.start ? t.start : t.end }]));
    this.touched.clear();
  }

  /** The days a task covers as drawn, or as last reported (what the live drag label measures from). */
  rangeOf(taskId: string): DayRange | undefined {
    return this.known.get(taskId);
  }

  /** A mouse down, on the bar of `taskId` or elsewhere (null): a new gesture starts. */
  pointerDown(taskId: string | null): void {
    this.edited = false;
    if (taskId) this.touched.add(taskId);
  }

  /** frappe-gantt says the bar's dates changed: read it on mouse up. */
  dateTouched(taskId: string): void {
    this.touched.add(taskId);
  }

  /** The progress handle was dragged: report it for a "full" task, else the bar goes back. */
  progressChanged(task: GanttTask | undefined, progress: number): ProgressDecision {
    this.edited = true;
    return task && interactionOf(task) === "full" ? { kind: "report", task, progress: Math.round(progress) } : { kind: "redraw" };
  }

  /**
   * The mouse up: reads the days each touched bar covers now (`readRange`, null
   * when it is not drawn) and decides which moves stand. A move that stands
   * becomes the task's known range, so it is reported once.
   */
  pointerUp(
    readRange: (taskId: string, before: DayRange) => DayRange | null,
    taskById: (taskId: string) => GanttTask | undefined,
  ): DragEnd {
    const touched = [...this.touched];
    this.touched.clear();
    const end: DragEnd = { changes: [], redraw: false };
    for (const id of touched) {
      const task = taskById(id);
      const before = this.known.get(id);
      const range = before ? readRange(id, before) : null;
      if (!task || !before || !range || sameRange(range, before)) continue;
      this.edited = true;
      if (!allowed(task, before, range)) {
        end.redraw = true;
        continue;
      }
      this.known.set(id, range);
      end.changes.push({ task, range });
    }
    return end;
  }

  /** Whether a click now closes a gesture that edited something (then it is no click). */
  isClickAfterDrag(): boolean {
    return this.edited;
  }
}
