import { describe, expect, it } from "vitest";
import type { MilestoneState } from "../domain/milestone-state";
import { compareMilestones, initiativeFigures, MANUAL_MOVE_WEEK, milestoneFigures } from "./figures";

const base = { date: "2024-12-26", baselineDate: "2024-12-05", state: "planned" as const, lastMoveWeek: "2024-W50", lastMoveDays: 7 };

describe("milestoneFigures", () => {
  it("counts days from baseline to current", () => {
    expect(milestoneFigures(base, "2024-12-14", "2024-W50")).toEqual({ slipDays: 21, overdue: false, slippedThisWeek: true });
  });
  it("is overdue once the date has passed without being done", () => {
    expect(milestoneFigures(base, "2024-12-27", "2024-W51").overdue).toBe(true);
    expect(milestoneFigures({ ...base, state: "done" }, "2024-12-27", null).overdue).toBe(false);
    expect(milestoneFigures({ ...base, state: "at_risk" }, "2024-12-26", null).overdue).toBe(false);
  });
  it("only counts a move of the latest week, and only a later date, as slipped this week", () => {
    expect(milestoneFigures(base, "2024-12-14", "2024-W51").slippedThisWeek).toBe(false);
    expect(milestoneFigures({ ...base, lastMoveDays: -3 }, "2024-12-14", "2024-W50").slippedThisWeek).toBe(false);
    expect(milestoneFigures({ ...base, lastMoveWeek: null }, "2024-12-14", null).slippedThisWeek).toBe(false);
  });
  it("never counts a PM's move as this week's slip", () => {
    expect(milestoneFigures({ ...base, lastMoveWeek: MANUAL_MOVE_WEEK }, "2024-12-14", "2024-W50").slippedThisWeek).toBe(false);
  });
  it("reports a milestone moved earlier as a negative slip", () => {
    expect(milestoneFigures({ ...base, date: "2024-12-01" }, "2024-11-01", null).slipDays).toBe(-4);
  });
});

const milestone = (
  id: number,
  date: string,
  over: Partial<{ title: string; rangeStart: string; state: MilestoneState; slipDays: number; overdue: boolean }> = {},
) => ({
  id,
  title: `m${id}`,
  date,
  rangeStart: date,
  state: "planned" as const,
  slipDays: 0,
  overdue: false,
  ...over,
});
const initiative = { startDate: "2024-11-04" as string | null, status: "active" as const, lastSeenWeek: "2024-W50" };

describe("initiativeFigures", () => {
  it("spans the start and every milestone's range", () => {
    const f = initiativeFigures(
      initiative,
      [milestone(1, "2024-12-10"), milestone(2, "2024-12-20", { rangeStart: "2024-12-11" })],
      "2024-12-14",
      "2024-W50",
    );
    expect(f).toMatchObject({ startDate: "2024-11-04", endDate: "2024-12-20" });
    // a range start past its end (a stored oddity) still widens the bar
    expect(initiativeFigures(initiative, [milestone(1, "2024-12-10", { rangeStart: "2024-12-12" })], "2024-12-14", null).endDate).toBe(
      "2024-12-12",
    );
    // a start after every milestone is also the end
    expect(initiativeFigures({ ...initiative, startDate: "2025-01-01" }, [milestone(1, "2024-12-10")], "2024-12-14", null)).toMatchObject({
      startDate: "2025-01-01",
      endDate: "2025-01-01",
    });
  });
  it("without a stored start begins at the first milestone's range, or today when there is none", () => {
    const ms = [milestone(2, "2024-12-20", { rangeStart: "2024-12-11" }), milestone(1, "2024-12-10", { rangeStart: "2024-12-01" })];
    expect(initiativeFigures({ ...initiative, startDate: null }, ms, "2024-12-14", null).startDate).toBe("2024-12-01");
    expect(initiativeFigures({ ...initiative, startDate: null }, [], "2024-12-14", null)).toMatchObject({
      startDate: "2024-12-14",
      endDate: "2024-12-14",
    });
  });
  it("counts slipped, overdue and at-risk milestones; the slip is the largest, never below 0", () => {
    const ms = [
      milestone(1, "2024-12-10", { slipDays: 7, overdue: true }),
      milestone(2, "2024-12-20", { slipDays: 21, state: "at_risk" }),
      milestone(3, "2024-12-21", { slipDays: -3 }),
    ];
    expect(initiativeFigures(initiative, ms, "2024-12-14", "2024-W50")).toMatchObject({
      slipDays: 21,
      slippedCount: 2,
      overdueCount: 1,
      atRiskCount: 1,
    });
    expect(initiativeFigures(initiative, [milestone(3, "2024-12-21", { slipDays: -3 })], "2024-12-14", null).slipDays).toBe(0);
  });
  it("is silent when its department's latest report did not mention it, unless done", () => {
    expect(initiativeFigures(initiative, [], "2024-12-14", "2024-W51").silent).toBe(true);
    expect(initiativeFigures(initiative, [], "2024-12-14", "2024-W50").silent).toBe(false);
    expect(initiativeFigures({ ...initiative, status: "done" }, [], "2024-12-14", "2024-W51").silent).toBe(false);
    expect(initiativeFigures(initiative, [], "2024-12-14", null).silent).toBe(false);
  });
});

describe("compareMilestones", () => {
  it("orders by date, then title by code point, then id", () => {
    const ms = [
      { id: 3, title: "上线", date: "2024-12-20" },
      { id: 2, title: "提测", date: "2024-12-10" },
      { id: 1, title: "上线", date: "2024-12-20" },
      { id: 4, title: "B", date: "2024-12-20" },
      { id: 5, title: "a", date: "2024-12-20" },
    ];
    expect([...ms].sort(compareMilestones).map((m) => m.id)).toEqual([2, 4, 5, 1, 3]);
  });
});
