// Types for frappe-gantt 1.2.2, which ships none. Only what components/gantt
// uses: the public options and, marked "internal", the fields read after a
// render (checked against node_modules/frappe-gantt/src/index.js and bar.js).
declare module "frappe-gantt" {
  /** A task as frappe-gantt holds it: it writes `_start`, `_end`, `_index` into it. */
  export interface FrappeTask {
    id: string;
    /** written into the DOM with innerHTML: escape it */
    name: string;
    /** `yyyy-MM-dd`, parsed as local midnight */
    start: string;
    /** `yyyy-MM-dd`, inclusive (frappe adds 24 h) */
    end: string;
    /** 0–100 */
    progress: number;
    /** ONE class token: Bar.refresh() calls classList.add(custom_class) */
    custom_class?: string;
    /** comma separated ids */
    dependencies?: string;
    _start?: Date;
    _end?: Date;
    _index?: number;
  }

  export interface FrappeViewMode {
    name: string;
    /** one duration or [before, after], e.g. "7d", "1m"; used when infinite_padding is false */
    padding: string | [string, string];
    /** column step, e.g. "1d", "7d", "1m", "3m" */
    step: string;
    /** becomes the `date_<formatted>` class of each lower header cell */
    date_format: string;
    column_width?: number;
    lower_text?: string | ((d: Date, last: Date | null, lang: string) => string);
    upper_text?: string | ((d: Date, last: Date | null, lang: string) => string);
    thick_line?: (d: Date) => boolean;
    /** drag snapping, e.g. "1d", "7d" */
    snap_at?: string;
  }

  export interface PopupContext {
    task: FrappeTask;
    chart: Gantt;
    set_title(html: string): void;
    set_subtitle(html: string): void;
    set_details(html: string): void;
  }

  export interface FrappeOptions {
    view_modes?: FrappeViewMode[];
    view_mode?: string;
    bar_height?: number;
    bar_corner_radius?: number;
    padding?: number;
    container_height?: number | "auto";
    upper_header_height?: number;
    lower_header_height?: number;
    column_width?: number | null;
    infinite_padding?: boolean;
    language?: string;
    lines?: "both" | "vertical" | "horizontal" | "none";
    popup?: false | ((ctx: PopupContext) => string | false | undefined);
    popup_on?: "click" | "hover";
    readonly?: boolean;
    readonly_dates?: boolean;
    readonly_progress?: boolean;
    move_dependencies?: boolean;
    scroll_to?: "today" | "start" | "end" | string | null;
    today_button?: boolean;
    view_mode_select?: boolean;
    holidays?: Record<string, unknown>;
    snap_at?: string | null;
    on_click?: (this: Gantt, task: FrappeTask) => void;
    /** fires on every snapped mouse move of a drag, not once: `end` = exclusive end − 1 s, local time */
    on_date_change?: (this: Gantt, task: FrappeTask, start: Date, end: Date) => void;
    /** fires on mouseup after dragging the progress handle */
    on_progress_change?: (this: Gantt, task: FrappeTask, progress: number) => void;
    /** fires at the end of every change_view_mode(), i.e. after every render of refresh() too */
    on_view_change?: (this: Gantt, mode: FrappeViewMode) => void;
    /** ours (aligned-gantt.ts), not frappe's: enough columns to fill this width (px) */
    fill_width?: number;
  }

  /** internal: a column of the time header */
  export interface FrappeDateInfo {
    date: Date;
    /** `view_mode.date_format` of the date: the `date_<…>` class of its lower header cell */
    formatted_date: string;
    column_width: number;
    x: number;
    upper_text: string;
    lower_text: string;
    upper_y: number;
    lower_y: number;
  }

  /** internal: one drawn bar */
  export interface FrappeBar {
    task: FrappeTask;
    group: SVGGElement;
    $bar: SVGRectElement;
    /** the progress fill inside $bar */
    $bar_progress: SVGRectElement;
    x: number;
    y: number;
    height: number;
    width: number;
    /** the header's highlight of the bar's days, drawn with the bar */
    $date_highlight?: HTMLElement;
    update_label_position(): void;
  }

  export default class Gantt {
    constructor(wrapper: HTMLElement | SVGElement | string, tasks: FrappeTask[], options?: FrappeOptions);
    /** re-reads tasks (mutating them), then re-renders through change_view_mode() */
    refresh(tasks: FrappeTask[]): void;
    change_view_mode(mode?: string | FrappeViewMode, maintain_pos?: boolean): void;
    set_scroll_position(date: string | Date | null): void;
    get_bar(id: string): FrappeBar | undefined;
    /** internal, overridden by a subclass to align the first column */
    setup_gantt_dates(refresh: boolean): void;
    /** internal: one date per column, gantt_start to gantt_end */
    setup_date_values(): void;
    /** internal: parses the tasks (mutating them), numbering each with its row `_index` */
    setup_tasks(tasks: FrappeTask[]): void;
    /** internal: clears the svg and draws it all again */
    render(): void;
    /** internal: empties the svg and removes the header (render's first step) */
    clear(): void;
    /** internal: one `.grid-row` rect per row, down to grid_height */
    make_grid_rows(): void;
    /** internal: the row lines and the column ticks (`options.lines`) */
    make_grid_ticks(): void;
    /** internal: creates `bars`; each bar places its label in an animation frame of its own */
    make_bars(): void;
    /** internal: the dependency arrows, finding a task's bar at `bars[task._index]` */
    make_arrows(): void;
    map_arrows_on_bars(): void;
    /** internal: [leftmost bar start, rightmost bar start, rightmost bar end] in px; read on every scroll */
    get_start_end_positions(): [number, number, number];
    /** internal: one header column, after the previous one */
    get_date_info(date: Date, last: FrappeDateInfo | null): FrappeDateInfo;
    /** internal: fills the popup (options.popup) and places it at the click */
    show_popup(opts: { x: number; y: number; task: FrappeTask; target: Element }): void;
    hide_popup(): void;
    /** internal: widens the svg to the grid when the grid is wider than the container */
    set_dimensions(): void;

    // internal state read after a render
    options: Required<Pick<FrappeOptions, "bar_height" | "padding">> & FrappeOptions;
    config: { unit: string; step: number; column_width: number; header_height: number; view_mode: FrappeViewMode };
    gantt_start: Date;
    gantt_end: Date;
    dates: Date[];
    grid_height: number;
    tasks: FrappeTask[];
    bars: FrappeBar[];
    /** task id → ids of the tasks that depend on it */
    dependency_map: Record<string, string[]>;
    layers: { grid: SVGGElement; arrow: SVGGElement; progress: SVGGElement; bar: SVGGElement };
    $svg: SVGSVGElement;
    $container: HTMLDivElement;
    $popup_wrapper: HTMLDivElement;
  }
}
