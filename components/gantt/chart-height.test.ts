import { describe, expect, it } from "vitest";
import { chartHeight } from "./chart-height";

const dims = { barHeight: 22, padding: 14, upperHeaderHeight: 40, lowerHeaderHeight: 28 };

describe("chartHeight", () => {
  it("is frappe-gantt's grid height when the rows fit", () => {
    // header 78 + padding 14 + 3 rows × 36 − 10
    expect(chartHeight(3, dims, 800)).toBe(190);
  });

  it("caps at maxHeight when the rows do not fit", () => {
    expect(chartHeight(500, dims, 640)).toBe(640);
  });

  it("keeps room for one row when there are none", () => {
    expect(chartHeight(0, dims)).toBe(chartHeight(1, dims));
  });

  it("never caps below one row", () => {
    expect(chartHeight(10, dims, 10)).toBe(78 + 22 + 14);
  });
});
