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
//   without measuring the container, and bar labels are measured together;
// - a bar is left (a synthetic mouseleave) before it is taken off the page:
//   frappe's hover shows the bar's date highlight 200 ms after mouseenter and
//   throws if the bar, and so its highlight, is gone by then;
// - header columns are labelled with date-fns: frappe's own format() builds two
//   Intl.DateTimeFormat per call, which made the header the dearest part of a render.
import { addDays, addMonths, format } from "date-fns";
import Gantt, { type FrappeBar, type FrappeDateInfo, type FrappeTask } from "frappe-gantt";
import { LabelWidths } from "./label-widths";
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

  override clear(): void {
    this.cancelHovers();
    super.clear();
  }

  /** Before the bars leave the page: a redraw, or the chart taken down. */
  cancelHovers(): void {
    this.bars?.forEach(leaveBar); // undefined on the first render
  }

  override get_date_info(date: Date, last: FrappeDateInfo | null): FrappeDateInfo {
    const mode = this.config.view_mode as GanttViewMode;
    if (!mode.date_pattern || typeof mode.upper_text !== "function" || typeof mode.lower_text !== "function") {
      return super.get_date_info(date, last);
    }
    const { column_width: width } = this.config;
    const lang = this.options.language ?? "zh-CN";
    return {
      date,
      formatted_date: format(date, mode.date_pattern), // digits and dashes: nothing for frappe to sanitise
      column_width: width,
      x: last ? last.x + last.column_width : 0,
      upper_text: mode.upper_text(date, last?.date ?? null, lang),
      lower_text: mode.lower_text(date, last?.date ?? null, lang),
      upper_y: 17,
      lower_y: (this.options.upper_header_height ?? 0) + 5,
    };
  }

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

  // `declare`: make_bars runs in frappe's constructor, before field initialisers would
  declare private labelWidths: LabelWidths | undefined;

  override make_bars(): void {
    super.make_bars();
    placeLabelsTogether(this.bars, (this.labelWidths ??= new LabelWidths()));
  }
}

/** Cancels the bar's pending hover (frappe clears its timer on mouseleave), so it may be removed. */
export function leaveBar(bar: FrappeBar): void {
  // the handler looks the highlight up on the page, and throws if it is not there
  if (bar.$date_highlight?.isConnected) bar.group.dispatchEvent(new MouseEvent("mouseleave"));
}

/**
 * Each new bar places its label in an animation frame callback that reads the
 * label's width, then moves it: every read after the previous bar's move forces
 * a layout, one per bar. Here the first of those callbacks measures every
 * waiting label at once (label-widths.ts), then lets frappe place each with its
 * measured width; the rest find theirs placed and return. A later call (a
 * dragged bar) places just that label.
 */
function placeLabelsTogether(bars: FrappeBar[], measure: LabelWidths): void {
  const waiting = new Set<FrappeBar>();
  /** placed by the batch: their own waiting callback has nothing left to do */
  const placed = new Set<FrappeBar>();
  const ours = new Map<FrappeBar, () => void>();
  for (const bar of bars) {
    const place = bar.update_label_position;
    const batched = function (this: FrappeBar) {
      if (placed.delete(this)) return;
      if (!waiting.has(this)) return place.call(this);
      // bars whose method was replaced since (diamonds: decorateBars) place their own label
      const batch = [...waiting]
        .filter((b) => b.update_label_position === ours.get(b))
        .flatMap((b) => {
          const label = b.group.querySelector<SVGTextElement>(".bar-label");
          return label ? [{ bar: b, label }] : [];
        });
      waiting.clear();
      const widths = measure.widths(batch.map(({ label }) => label));
      batch.forEach(({ bar: b, label }, i) => {
        if (b !== this) placed.add(b);
        const width = widths[i] ?? 0;
        label.getBBox = () => ({ width }) as DOMRect; // frappe reads only the width
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
