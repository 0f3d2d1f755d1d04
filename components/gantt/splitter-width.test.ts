import { describe, expect, it } from "vitest";
import { splitterWidth } from "./splitter-width";

const limits = { min: 160, maxShare: 0.6, total: 1000 };

describe("splitterWidth", () => {
  it("keeps a width inside the limits, rounded to whole pixels", () => {
    expect(splitterWidth(420.4, limits)).toBe(420);
  });

  it("stops at the minimum and at the share of the total", () => {
    expect(splitterWidth(40, limits)).toBe(160);
    expect(splitterWidth(900, limits)).toBe(600);
  });

  it("gives the minimum when the window is too narrow for the share, or the width is not a number", () => {
    expect(splitterWidth(300, { ...limits, total: 200 })).toBe(160);
    expect(splitterWidth(Number.NaN, limits)).toBe(160);
  });
});
