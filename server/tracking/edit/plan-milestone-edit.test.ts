import { describe, expect, it } from "vitest";
import { TrackingError } from "../tracking-error";
import { type CurrentMilestone, planMilestoneEdit, validateMilestoneEdit } from "./plan-milestone-edit";

const current: CurrentMilestone = {
  initiativeId: 1,
  initiativeName: "长沙佣金存管",
  title: "支付上线",
  date: "2024-12-20",
  rangeStart: "2024-12-11",
  precision: "xun",
  state: "planned",
};

describe("planMilestoneEdit", () => {
  it("makes a fuzzy milestone a day when only its date is dragged, and logs old → new", () => {
    const plan = planMilestoneEdit(current, { date: "2024-12-18" }, null);
    expect(plan.observation).toEqual({
      title: "支付上线",
      date: "2024-12-18",
      rangeStart: "2024-12-18",
      precision: "day",
      state: "planned",
    });
    expect(plan.log).toEqual([{ field: "date", oldValue: "2024-12-20", newValue: "2024-12-18" }]);
    expect(plan.moveTo).toBeNull();
  });

  it("keeps the precision when a whole range is moved, and a start after the end becomes the end", () => {
    expect(planMilestoneEdit(current, { date: "2024-12-31", rangeStart: "2024-12-21" }, null).observation).toMatchObject({
      precision: "xun",
      rangeStart: "2024-12-21",
    });
    expect(planMilestoneEdit(current, { date: "2024-12-24", rangeStart: "2024-12-26" }, null).observation).toMatchObject({
      rangeStart: "2024-12-24",
      date: "2024-12-24",
    });
  });

  it("moves to another initiative without observing anything, logging the names", () => {
    const plan = planMilestoneEdit(current, { initiativeId: 2 }, { id: 2, name: "贝易转" });
    expect(plan).toEqual({ observation: null, moveTo: 2, log: [{ field: "initiative", oldValue: "长沙佣金存管", newValue: "贝易转" }] });
  });

  it("records a state change and a retitle", () => {
    const plan = planMilestoneEdit(current, { state: "done", title: "支付上线完成" }, null);
    expect(plan.observation).toMatchObject({ state: "done", title: "支付上线完成", precision: "xun" });
    expect(plan.log.map((c) => c.field)).toEqual(["state", "title"]);
  });

  it("refuses an edit that changes nothing, and a date that is not a calendar day", () => {
    expect(() => planMilestoneEdit(current, { date: "2024-12-20", state: "planned" }, { id: 1, name: "长沙佣金存管" })).toThrow(
      TrackingError,
    );
    expect(() => validateMilestoneEdit({ date: "2024-02-30" })).toThrow(/日期无效/);
    expect(() => validateMilestoneEdit({ date: "2024-02-29" })).not.toThrow();
  });
});
