// Changes to frappe-gantt's Gantt for the wrapper's sake:
// - the first column starts at the view mode's `align_start` (our extension),
//   so weeks begin on a Monday and quarters on a quarter;
// - there are columns enough to fill the `fill_width` option (our extension), so
//   a short plan in Month or Quarter view leaves no blank right of the grid;
// - the popup is fixed to the window beside the clicked bar (popup-position.ts),
//   so the chart's scroll box never clips it;
// - it never scrolls by itself (set_scroll_position runs on every render, forces
//   a layout, and throws when a date has no header label): the wrapper scrolls;
// - drawing forces as few layouts as it can: the svg takes the grid's width
//   without measuring the container, and bar labels are measured together.
import { addDays, addMonths } from "date-fns";
import Gantt, { type FrappeBar, type FrappeTask } from "frappe-gantt";
import { popupPosition } from "./popup-position";
import type { GanttViewMode } from "./view-modes";

export class AlignedGantt extends Gantt {
  override setup_gantt_dates(refresh: boolean): void {
    super.setup_gantt_dates(refresh);
    const align = (this.config.view_mode as GanttViewMode).align_start;
    if (align && !refresh) this.gantt_start = align(this.gantt_start);
  }

  override setup_date_values(): void {
    super.setup_date_values();
    const { unit, step, column_width: width } = this.config;
    const fill = this.options.fill_width ?? 0;
    if (!(width > 0) || (unit !== "day" && unit !== "month")) return;
    let last = this.dates[this.dates.length - 1];
    while (last && this.dates.length * width < fill) {
      last = unit === "day" ? addDays(last, step) : addMonths(last, step);
      this.dates.push(last);
    }
    if (last) this.gantt_end = last;
  }

  override set_scroll_position(): void {}

  /** the bar whose popup is open */
  private popupTarget: Element | null = null;

  override show_popup(opts: { x: number; y: number; task: FrappeTask; target: Element }): void {
    super.show_popup(opts);
    this.popupTarget = opts.target;
    this.placePopup();
  }

  /** Puts the open popup beside its bar again (after a scroll); hides it once the bar is out of the chart's view. */
  placePopup(): void {
    const popup = this.$popup_wrapper;
    const target = this.popupTarget;
    if (!target || popup.classList.contains("hide")) return;
    if (!target.isConnected) return this.hide_popup(); // its row is no longer drawn
    const bar = target.getBoundingClientRect();
    const visible = this.$container.getBoundingClientRect();
    if (bar.bottom < visible.top || bar.top > visible.bottom || bar.right < visible.left || bar.left > visible.right) {
      this.hide_popup();
      return;
    }
    const { left, top } = popupPosition(
      bar,
      visible,
      { width: popup.offsetWidth, height: popup.offsetHeight },
      { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight },
    );
    popup.style.left = `${left}px`;
    popup.style.top = `${top}px`;
  }

  /** frappe measures the svg (a forced layout) to widen it to the grid; gantt.css gives it `min-width: 100%` instead */
  override set_dimensions(): void {
    this.$svg.setAttribute("width", String(this.dates.length * this.config.column_width)); // the grid rows' width
  }

  override make_bars(): void {
    super.make_bars();
    placeLabelsTogether(this.bars);
  }
}

/**
 * Each new bar places its label in an animation frame callback that reads the
 * label's width, then moves it: every read after the previous bar's move forces
 * a layout, one per bar. Here the first of those callbacks measures every
 * waiting label at once, then lets frappe place each with its measured box; the
 * rest find theirs placed. A later call (a dragged bar) places just that label.
 */
function placeLabelsTogether(bars: FrappeBar[]): void {
  const waiting = new Set<FrappeBar>();
  const ours = new Map<FrappeBar, () => void>();
  for (const bar of bars) {
    const place = bar.update_label_position;
    const batched = function (this: FrappeBar) {
      if (!waiting.has(this)) return place.call(this);
      // bars whose method was replaced since (diamonds: decorateBars) place their own label
      const batch = [...waiting]
        .filter((b) => b.update_label_position === ours.get(b))
        .map((b) => ({ bar: b, label: b.group.querySelector<SVGTextElement>(".bar-label") }));
      waiting.clear();
      const boxes = batch.map(({ label }) => label?.getBBox());
      batch.forEach(({ bar: b, label }, i) => {
        const box = boxes[i];
        if (!label || !box) return place.call(b);
        label.getBBox = () => box;
        try {
          place.call(b);
        } finally {
          delete (label as Partial<SVGTextElement>).getBBox; // back to the prototype's
        }
      });
    };
    bar.update_label_position = batched;
    ours.set(bar, batched);
    waiting.add(bar);
  }
}
