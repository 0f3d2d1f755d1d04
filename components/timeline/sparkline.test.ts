import { describe, expect, it } from "vitest";
import { sparkline } from "./sparkline";

describe("sparkline", () => {
  it("spreads the weeks across the width and maps 0–100 % to the height", () => {
    const s = sparkline(
      [
        { week: "2024-W45", progress: 0 },
        { week: "2024-W46", progress: 50 },
        { week: "2024-W47", progress: 100 },
      ],
      { width: 100, height: 20, pad: 0 },
    );
    expect(s?.points).toBe("0,20 50,10 100,0");
  });

  it("keeps the padding", () => {
    expect(
      sparkline(
        [
          { week: "a", progress: 0 },
          { week: "b", progress: 100 },
        ],
        { width: 50, height: 26, pad: 3 },
      )?.points,
    ).toBe("3,23 47,3");
  });

  it("draws one point in the middle", () => {
    expect(sparkline([{ week: "a", progress: 40 }], { width: 100, height: 10, pad: 0 })?.dots).toEqual([
      { x: 50, y: 6, week: "a", progress: 40 },
    ]);
  });

  it("clamps out-of-range progress and skips non-numbers", () => {
    const s = sparkline(
      [
        { week: "a", progress: 150 },
        { week: "b", progress: Number.NaN },
        { week: "c", progress: -5 },
      ],
      { width: 10, height: 10, pad: 0 },
    );
    expect(s?.points).toBe("0,0 10,10");
  });

  it("is null without points", () => {
    expect(sparkline([])).toBeNull();
  });
});
