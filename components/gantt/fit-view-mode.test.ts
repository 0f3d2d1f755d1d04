import { describe, expect, it } from "vitest";
import { fittingViewMode } from "./fit-view-mode";

describe("fittingViewMode", () => {
  it("takes the finest mode the span fits in", () => {
    expect(fittingViewMode({ start: "2024-12-01", end: "2024-12-20" }, 800)).toBe("Day"); // 20 × 36 = 720
    expect(fittingViewMode({ start: "2024-11-01", end: "2024-12-31" }, 900)).toBe("Week"); // 61 × 96/7 ≈ 837
    expect(fittingViewMode({ start: "2024-11-01", end: "2025-02-28" }, 800)).toBe("Month"); // 120 × 110/30 = 440
    expect(fittingViewMode({ start: "2024-01-01", end: "2025-12-31" }, 800)).toBe("Quarter"); // 731 × 150/90 ≈ 1218 > 800: none fits
  });

  it("gives the coarsest mode for a span too long for any, or days that are not dates", () => {
    expect(fittingViewMode({ start: "2020-01-01", end: "2025-12-31" }, 300)).toBe("Quarter");
    expect(fittingViewMode({ start: "x", end: "y" }, 800)).toBe("Quarter");
  });
});
