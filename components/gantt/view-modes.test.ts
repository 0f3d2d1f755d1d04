import { format } from "date-fns";
import { describe, expect, it } from "vitest";
import { createViewModes, type GanttViewMode } from "./view-modes";

const byName = (name: string): GanttViewMode => {
  const mode = createViewModes().find((m) => m.name === name);
  if (!mode) throw new Error(name);
  return mode;
};
const text = (t: GanttViewMode["lower_text"], d: Date, last: Date | null = null) => (typeof t === "function" ? t(d, last, "zh-CN") : t);
const DURATION = /^[0-9]+(y|m|d|h|min|s|ms)$/; // frappe's parse_duration

describe("createViewModes", () => {
  it("offers Day, Week, Month and Quarter, as fresh objects each call", () => {
    const a = createViewModes();
    expect(a.map((m) => m.name)).toEqual(["Day", "Week", "Month", "Quarter"]);
    expect(createViewModes()[0]).not.toBe(a[0]);
  });

  it.each(createViewModes().map((m) => [m.name, m] as const))("%s has durations frappe-gantt can parse", (_name, mode) => {
    expect(mode.step).toMatch(DURATION);
    expect(mode.padding).toMatch(DURATION);
    if (mode.snap_at) expect(mode.snap_at).toMatch(DURATION);
    expect(mode.column_width).toBeGreaterThan(0);
  });

  it.each(createViewModes().map((m) => [m.name, m] as const))(
    "%s labels any day with last = null (frappe's scroll code needs it)",
    (_name, mode) => {
      for (const d of [new Date(2024, 0, 1), new Date(2024, 6, 17), new Date(2025, 11, 31)]) {
        expect(text(mode.upper_text, d)).not.toBe("");
        expect(text(mode.lower_text, d)).not.toBe("");
      }
    },
  );
});

describe("Quarter", () => {
  const quarter = byName("Quarter");

  it("steps three months per column and snaps drags to a week", () => {
    expect(quarter.step).toBe("3m");
    expect(quarter.date_format).toBe("YYYY-MM");
    expect(quarter.snap_at).toBe("7d");
  });

  it("aligns the first column to the start of a quarter", () => {
    expect(quarter.align_start?.(new Date(2024, 10, 1))).toEqual(new Date(2024, 9, 1));
    expect(quarter.align_start?.(new Date(2025, 0, 1))).toEqual(new Date(2025, 0, 1));
  });

  it("labels quarters and shows the year where it changes", () => {
    expect(text(quarter.lower_text, new Date(2024, 9, 1))).toBe("第4季度");
    expect(text(quarter.upper_text, new Date(2025, 0, 1), new Date(2024, 9, 1))).toBe("2025年");
    expect(text(quarter.upper_text, new Date(2025, 3, 1), new Date(2025, 0, 1))).toBe("");
    expect(quarter.thick_line?.(new Date(2025, 0, 1))).toBe(true);
    expect(quarter.thick_line?.(new Date(2025, 3, 1))).toBe(false);
  });
});

describe("Day, Week, Month labels", () => {
  it("Day: day numbers under 年月 headers", () => {
    const day = byName("Day");
    expect(text(day.lower_text, new Date(2024, 11, 5))).toBe("5");
    expect(text(day.upper_text, new Date(2024, 11, 1), new Date(2024, 10, 30))).toBe("2024年12月");
    expect(text(day.upper_text, new Date(2024, 11, 2), new Date(2024, 11, 1))).toBe("");
  });

  it("Week: Monday columns labelled M/d", () => {
    const week = byName("Week");
    expect(week.align_start?.(new Date(2024, 11, 19))).toEqual(new Date(2024, 11, 16));
    expect(text(week.lower_text, new Date(2024, 11, 16))).toBe("12/16");
  });

  it("Month: 月 under 年", () => {
    const month = byName("Month");
    expect(text(month.lower_text, new Date(2024, 11, 1))).toBe("12月");
    expect(text(month.upper_text, new Date(2025, 0, 1), new Date(2024, 11, 1))).toBe("2025年");
  });

  it("names each column's date as frappe's date_format does, with date-fns (aligned-gantt.ts labels the header with it)", () => {
    const d = new Date(2024, 11, 5, 13, 30);
    const formatted = createViewModes().map((m) => [m.date_format, format(d, m.date_pattern)]);
    expect(formatted).toEqual([
      ["YYYY-MM-DD", "2024-12-05"],
      ["YYYY-MM-DD", "2024-12-05"],
      ["YYYY-MM", "2024-12"],
      ["YYYY-MM", "2024-12"],
    ]);
  });
});
