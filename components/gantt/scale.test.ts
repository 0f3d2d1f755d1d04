import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dayAtX, dayWidth, type GanttScale, rangeFromBar, widthOfDays, xOfDay } from "./scale";

// frappe-gantt's own date maths, to check ours against (untyped JS source).
type DateUtils = { diff(a: Date, b: Date, scale: string): number; parse(s: string): Date };
let du: DateUtils;
const saved = process.env.TZ;
beforeAll(async () => {
  process.env.TZ = "America/Los_Angeles"; // has DST: day maths must not drift
  const file = path.resolve(import.meta.dirname, "../../node_modules/frappe-gantt/src/date_utils.js");
  du = ((await import(file)) as { default: DateUtils }).default;
});
afterAll(() => {
  if (saved === undefined) delete process.env.TZ;
  else process.env.TZ = saved;
});

const scales: Record<string, () => GanttScale> = {
  Day: () => ({ start: new Date(2024, 9, 14), unit: "day", step: 1, columnWidth: 36 }),
  Week: () => ({ start: new Date(2024, 9, 14), unit: "day", step: 7, columnWidth: 96 }),
  Month: () => ({ start: new Date(2024, 8, 1), unit: "month", step: 1, columnWidth: 110 }),
  Quarter: () => ({ start: new Date(2024, 6, 1), unit: "month", step: 3, columnWidth: 150 }),
};
const days = ["2024-10-14", "2024-11-03", "2024-11-04", "2024-12-31", "2025-01-01", "2025-02-28", "2025-03-09", "2025-03-31"];

describe.each(Object.keys(scales))("%s view", (name) => {
  it("places a day where frappe-gantt's Bar.compute_x puts it", () => {
    const scale = scales[name]!();
    for (const day of days) {
      const frappeX = (du.diff(du.parse(day), scale.start, scale.unit) / scale.step) * scale.columnWidth;
      expect(xOfDay(day, scale)).toBeCloseTo(frappeX, 6);
    }
  });

  it("reads the day back from its x, and from x nudged by under half a day", () => {
    const scale = scales[name]!();
    for (const day of days) {
      const x = xOfDay(day, scale);
      expect(dayAtX(x, scale)).toBe(day);
      expect(dayAtX(x + dayWidth(scale) * 0.3, scale)).toBe(day);
    }
  });
});

describe("rangeFromBar", () => {
  const week = scales.Week!();
  const before = { start: "2024-12-02", end: "2024-12-13" }; // 12 days
  const bar = (start: string, days: number) => ({ x: xOfDay(start, week), width: widthOfDays(days, week) });

  it("keeps the duration on a move", () => {
    expect(rangeFromBar(bar("2024-12-09", 12), before, week)).toEqual({ start: "2024-12-09", end: "2024-12-20" });
  });

  it("keeps the end when the left edge is dragged", () => {
    expect(rangeFromBar(bar("2024-11-29", 15), before, week)).toEqual({ start: "2024-11-29", end: "2024-12-13" });
  });

  it("keeps the start when the right edge is dragged", () => {
    expect(rangeFromBar(bar("2024-12-02", 5), before, week)).toEqual({ start: "2024-12-02", end: "2024-12-06" });
  });

  it("returns the range unchanged when the bar did not move", () => {
    expect(rangeFromBar(bar("2024-12-02", 12), before, week)).toBe(before);
  });

  it("moves a one-day milestone in Month view by whole days, despite frappe's fractional months", () => {
    const month = scales.Month!();
    const one = { start: "2024-12-17", end: "2024-12-17" };
    const moved = { x: xOfDay("2024-12-17", month) + 7 * dayWidth(month), width: widthOfDays(1, month) };
    const got = rangeFromBar(moved, one, month);
    expect(got.start).toBe(got.end);
    expect(["2024-12-24", "2024-12-25"]).toContain(got.start); // a month column is 30 "days" wide, a month 31
  });

  it("never lets the left edge pass the end", () => {
    expect(rangeFromBar({ x: xOfDay("2024-12-20", week), width: 1 }, before, week)).toEqual({ start: "2024-12-13", end: "2024-12-13" });
  });

  it("leaves an unparsable range alone", () => {
    const bad = { start: "x", end: "y" };
    expect(rangeFromBar({ x: 10, width: 10 }, bad, week)).toBe(bad);
  });

  it("gives NaN for a non-day", () => {
    expect(xOfDay("2024-13-01", week)).toBeNaN();
  });
});
