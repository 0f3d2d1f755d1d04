import type Gantt from "frappe-gantt";
import type { FrappeTask, PopupContext } from "frappe-gantt";
import { describe, expect, it } from "vitest";
import { type ChartCallbacks, type ChartSettings, frappeOptions } from "./frappe-options";

const settings = (over: Partial<ChartSettings> = {}): ChartSettings => ({
  viewMode: "Week",
  barHeight: 22,
  padding: 14,
  readonly: false,
  readonlyDates: false,
  readonlyProgress: true,
  ...over,
});

/** Callbacks that log what they were called with. */
function recorder() {
  const calls: unknown[][] = [];
  const on: ChartCallbacks = {
    popup: (id) => (calls.push(["popup", id]), id === "i-1" ? "<b>项目</b>" : false),
    rendered: (g) => void calls.push(["rendered", g]),
    click: (id) => void calls.push(["click", id]),
    dateChanged: (id) => void calls.push(["date", id]),
    progressChanged: (id, p) => void calls.push(["progress", id, p]),
  };
  return { calls, on };
}

const task = (id: string): FrappeTask => ({ id, name: "x", start: "2024-12-02", end: "2024-12-03", progress: 0 });

describe("frappeOptions", () => {
  it("puts the chosen view mode first, so frappe-gantt renders once", () => {
    expect(frappeOptions(settings({ viewMode: "Month" }), 300, recorder().on).view_modes?.map((m) => m.name)).toEqual([
      "Month",
      "Day",
      "Week",
      "Quarter",
    ]);
    expect(frappeOptions(settings({ viewMode: "Day" }), 300, recorder().on).view_modes?.map((m) => m.name)).toEqual([
      "Day",
      "Week",
      "Month",
      "Quarter",
    ]);
  });

  it("passes sizes and switches through and leaves scrolling to the wrapper", () => {
    const o = frappeOptions(settings({ barHeight: 30, padding: 10 }), 420, recorder().on);
    expect(o).toMatchObject({ container_height: 420, bar_height: 30, padding: 10, upper_header_height: 36, lower_header_height: 28 });
    expect(o).toMatchObject({
      readonly: false,
      readonly_dates: false,
      readonly_progress: true,
      scroll_to: null,
      infinite_padding: false,
      language: "zh-CN",
    });
  });

  it("stripes weekends only in Day view", () => {
    expect(frappeOptions(settings({ viewMode: "Day" }), 300, recorder().on).holidays).toEqual({
      "var(--g-weekend-highlight-color)": "weekend",
    });
    expect(frappeOptions(settings({ viewMode: "Week" }), 300, recorder().on).holidays).toEqual({});
  });

  it("hands the callbacks task ids", () => {
    const { calls, on } = recorder();
    const o = frappeOptions(settings(), 300, on);
    const gantt = {} as Gantt;
    expect(o.popup && o.popup({ task: task("i-1") } as PopupContext)).toBe("<b>项目</b>");
    expect(o.popup && o.popup({ task: task("i-2") } as PopupContext)).toBe(false);
    o.on_view_change?.call(gantt, o.view_modes![0]!);
    o.on_click?.call(gantt, task("m-1"));
    o.on_date_change?.call(gantt, task("m-1"), new Date(), new Date());
    o.on_progress_change?.call(gantt, task("i-1"), 62.5);
    expect(calls).toEqual([
      ["popup", "i-1"],
      ["popup", "i-2"],
      ["rendered", gantt],
      ["click", "m-1"],
      ["date", "m-1"],
      ["progress", "i-1", 62.5],
    ]);
  });

  it("is a fresh object with fresh view modes each time (frappe-gantt mutates them)", () => {
    const { on } = recorder();
    const a = frappeOptions(settings(), 300, on);
    const b = frappeOptions(settings(), 300, on);
    expect(a).not.toBe(b);
    expect(a.view_modes![0]).not.toBe(b.view_modes![0]);
  });
});
