// frappe-gantt starts the first column at start_of(unit) minus padding, so
// weeks and quarters would not begin on a Monday or a quarter. This subclass
// applies the view mode's `align_start` (our extension) to the first column.
import Gantt from "frappe-gantt";
import type { GanttViewMode } from "./view-modes";

export class AlignedGantt extends Gantt {
  override setup_gantt_dates(refresh: boolean): void {
    super.setup_gantt_dates(refresh);
    const align = (this.config.view_mode as GanttViewMode).align_start;
    if (align && !refresh) this.gantt_start = align(this.gantt_start);
  }
}
