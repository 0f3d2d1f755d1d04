import { describe, expect, it } from "vitest";
import { rowWindow } from "./grid-window";

describe("rowWindow", () => {
  it("draws the rows in view and the overscan around them", () => {
    expect(rowWindow({ scrollTop: 0, viewport: 360, rowHeight: 36, count: 100, overscan: 2 })).toEqual({ from: 0, to: 12 });
    expect(rowWindow({ scrollTop: 360, viewport: 360, rowHeight: 36, count: 100, overscan: 2 })).toEqual({ from: 8, to: 22 });
  });

  it("includes a row cut by either edge", () => {
    expect(rowWindow({ scrollTop: 50, viewport: 100, rowHeight: 36, count: 100, overscan: 0 })).toEqual({ from: 1, to: 5 });
  });

  it("stops at the last row", () => {
    expect(rowWindow({ scrollTop: 3000, viewport: 360, rowHeight: 36, count: 90, overscan: 4 })).toEqual({ from: 79, to: 90 });
    expect(rowWindow({ scrollTop: 99_999, viewport: 360, rowHeight: 36, count: 10 })).toEqual({ from: 10, to: 10 });
  });

  it("draws nothing without rows or with a row height that is not positive", () => {
    expect(rowWindow({ scrollTop: 0, viewport: 360, rowHeight: 36, count: 0 })).toEqual({ from: 0, to: 0 });
    expect(rowWindow({ scrollTop: 0, viewport: 360, rowHeight: 0, count: 5 })).toEqual({ from: 0, to: 0 });
  });

  it("treats a negative or non-finite scroll (overscroll, not yet laid out) as the top", () => {
    expect(rowWindow({ scrollTop: -40, viewport: 72, rowHeight: 36, count: 50, overscan: 0 })).toEqual({ from: 0, to: 2 });
    expect(rowWindow({ scrollTop: Number.NaN, viewport: Number.NaN, rowHeight: 36, count: 50, overscan: 1 })).toEqual({ from: 0, to: 1 });
  });
});
