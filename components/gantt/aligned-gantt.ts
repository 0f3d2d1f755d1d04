// Two changes to frappe-gantt's Gantt, both for the wrapper's sake:
// - the first column starts at the view mode's `align_start` (our extension),
//   so weeks begin on a Monday and quarters on a quarter;
// - it never scrolls by itself (set_scroll_position runs on every render, forces
//   a layout, and throws when a date has no header label): the wrapper scrolls.
import Gantt from "frappe-gantt";
import type { GanttViewMode } from "./view-modes";

export class AlignedGantt extends Gantt {
  override setup_gantt_dates(refresh: boolean): void {
    super.setup_gantt_dates(refresh);
    const align = (this.config.view_mode as GanttViewMode).align_start;
    if (align && !refresh) this.gantt_start = align(this.gantt_start);
  }

  override set_scroll_position(): void {}
}
