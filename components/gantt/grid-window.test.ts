import { describe, expect, it } from "vitest";
import { nextRows, rowWindow } from "./grid-window";

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

describe("nextRows", () => {
  const view = { viewport: 360, rowHeight: 36, count: 2000 };

  it("keeps the drawn rows while they cover the view and the margin around it", () => {
    const drawn = rowWindow({ ...view, scrollTop: 3600, overscan: 12 }); // rows 88–122, view 100–110
    expect(drawn).toEqual({ from: 88, to: 122 });
    expect(nextRows(drawn, { ...view, scrollTop: 3600 })).toBeNull();
    expect(nextRows(drawn, { ...view, scrollTop: 3600 + 8 * 36 })).toBeNull(); // view 108–118, margin to 121
    expect(nextRows(drawn, { ...view, scrollTop: 3600 - 9 * 36 })).toBeNull(); // view 91–101, margin from 88
  });

  it("draws the view with its overscan once the margin would leave the drawn rows", () => {
    const drawn = { from: 88, to: 122 };
    expect(nextRows(drawn, { ...view, scrollTop: 3600 + 10 * 36 })).toEqual({ from: 98, to: 132 });
    expect(nextRows(drawn, { ...view, scrollTop: 3600 - 10 * 36 })).toEqual({ from: 78, to: 112 });
  });

  it("jumps straight to a far view (a dragged scroll bar), drawing none of the rows between", () => {
    expect(nextRows({ from: 0, to: 22 }, { ...view, scrollTop: 1500 * 36 })).toEqual({ from: 1488, to: 1522 });
  });

  it("stops at either end of the rows and asks for nothing when there are none", () => {
    expect(nextRows({ from: 0, to: 5 }, { ...view, scrollTop: 0, count: 5 })).toBeNull();
    expect(nextRows({ from: 0, to: 22 }, { ...view, scrollTop: 1990 * 36 })).toEqual({ from: 1978, to: 2000 });
    expect(nextRows({ from: 0, to: 0 }, { ...view, scrollTop: 0, count: 0 })).toBeNull();
  });

  it("draws the missing rows when the drawn ones are fewer than the view (rows were added)", () => {
    expect(nextRows({ from: 0, to: 4 }, { ...view, scrollTop: 0, count: 40 })).toEqual({ from: 0, to: 22 });
  });
});
