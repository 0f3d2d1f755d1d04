import { describe, expect, it } from "vitest";
import { slipFigures } from "./slip-figures";

const base = { date: "2024-12-26", baselineDate: "2024-12-05", state: "planned", lastMoveWeek: "2024-W50", lastMoveDays: 7 };

describe("slipFigures", () => {
  it("counts days from baseline to current", () => {
    expect(slipFigures(base, "2024-12-14", "2024-W50")).toEqual({ slipDays: 21, overdue: false, slippedThisWeek: true });
  });
  it("is overdue once the date has passed without being done", () => {
    expect(slipFigures(base, "2024-12-27", "2024-W51").overdue).toBe(true);
    expect(slipFigures({ ...base, state: "done" }, "2024-12-27", null).overdue).toBe(false);
  });
  it("only counts a move of the latest week, and only a later date, as slipped this week", () => {
    expect(slipFigures(base, "2024-12-14", "2024-W51").slippedThisWeek).toBe(false);
    expect(slipFigures({ ...base, lastMoveDays: -3 }, "2024-12-14", "2024-W50").slippedThisWeek).toBe(false);
  });
  it("reports a milestone moved earlier as a negative slip", () => {
    expect(slipFigures({ ...base, date: "2024-12-01" }, "2024-11-01", null).slipDays).toBe(-4);
  });
});
