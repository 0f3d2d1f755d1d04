import { describe, expect, it } from "vitest";
import { withInitiativeEdit, withMilestoneEdit } from "./optimistic-timeline";
import { fixtureTimeline } from "../testing/timeline-fixture";

const initiative = (t: ReturnType<typeof fixtureTimeline>, id: number) => t.groups.flatMap((g) => g.initiatives).find((i) => i.id === id)!;

describe("withMilestoneEdit", () => {
  it("moves the milestone, recomputes its slip and its initiative's end and counts", () => {
    const t = fixtureTimeline();
    const next = withMilestoneEdit(t, 12, { date: "2025-01-25", rangeStart: "2025-01-21" });
    const i = initiative(next, 1);
    expect(i.milestones.find((m) => m.id === 12)).toMatchObject({ date: "2025-01-25", rangeStart: "2025-01-21", slipDays: 10, timesMoved: 1 });
    expect(i).toMatchObject({ endDate: "2025-01-25", slipDays: 10, slippedCount: 2 });
  });

  it("moving an overdue milestone past today clears the overdue flag", () => {
    const t = fixtureTimeline();
    const i = initiative(withMilestoneEdit(t, 11, { date: "2024-12-24", rangeStart: "2024-12-24" }), 1);
    expect(i.milestones.find((m) => m.id === 11)).toMatchObject({ slipDays: 14, overdue: false });
    expect(i.overdueCount).toBe(0);
  });

  it("leaves other initiatives as the same objects and does not mutate the input", () => {
    const t = fixtureTimeline();
    const before = JSON.stringify(t);
    const next = withMilestoneEdit(t, 11, { state: "done" });
    expect(JSON.stringify(t)).toBe(before);
    expect(initiative(next, 2)).toBe(initiative(t, 2));
    expect(initiative(next, 1).milestones.find((m) => m.id === 11)).toMatchObject({ state: "done", overdue: false });
  });

  it("renames a milestone", () => {
    const t = fixtureTimeline();
    expect(initiative(withMilestoneEdit(t, 11, { title: "支付提测" }), 1).milestones.find((m) => m.id === 11)?.title).toBe("支付提测");
  });

  it("moves a milestone to another initiative and refigures both", () => {
    const t = fixtureTimeline();
    const next = withMilestoneEdit(t, 12, { initiativeId: 2 });
    expect(initiative(next, 1).milestones.map((m) => m.id)).not.toContain(12);
    expect(initiative(next, 2).milestones.map((m) => m.id)).toContain(12);
    // 12 is at risk and due 2025-01-15: the counts and the end follow it
    expect([initiative(next, 1).atRiskCount, initiative(next, 2).atRiskCount]).toEqual([0, 2]);
    expect([initiative(next, 1).endDate, initiative(next, 2).endDate]).toEqual(["2024-12-17", "2025-01-15"]);
    expect(initiative(withMilestoneEdit(t, 12, { initiativeId: 999 }), 1).milestones.map((m) => m.id)).toContain(12);
  });

  it("changes nothing for an unknown milestone", () => {
    const t = fixtureTimeline();
    expect(withMilestoneEdit(t, 999, { date: "2025-01-01" })).toEqual(t);
  });
});

describe("withInitiativeEdit", () => {
  it("sets progress and start", () => {
    const t = fixtureTimeline();
    expect(initiative(withInitiativeEdit(t, 2, { progress: 55, startDate: "2024-11-20" }), 2)).toMatchObject({ progress: 55, startDate: "2024-11-20", endDate: "2024-12-27" });
  });
});
