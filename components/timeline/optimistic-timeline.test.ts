import { describe, expect, it } from "vitest";
import { withInitiativeEdit, withMilestoneEdit } from "./optimistic-timeline";
import type { Timeline } from "~/lib/timeline/types";
import { FIXTURE_DEPARTMENT, fixtureInitiative, fixtureMilestone, fixtureTimeline } from "../testing/timeline-fixture";

const initiative = (t: ReturnType<typeof fixtureTimeline>, id: number) => t.groups.flatMap((g) => g.initiatives).find((i) => i.id === id)!;

describe("withMilestoneEdit", () => {
  it("moves the milestone, recomputes its slip and its initiative's end and counts", () => {
    const t = fixtureTimeline();
    const next = withMilestoneEdit(t, 12, { date: "2025-01-25", rangeStart: "2025-01-21" });
    const i = initiative(next, 1);
    expect(i.milestones.find((m) => m.id === 12)).toMatchObject({
      date: "2025-01-25",
      rangeStart: "2025-01-21",
      slipDays: 10,
      timesMoved: 1,
    });
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
    expect(initiative(withInitiativeEdit(t, 2, { progress: 55, startDate: "2024-11-20" }), 2)).toMatchObject({
      progress: 55,
      startDate: "2024-11-20",
      endDate: "2024-12-27",
    });
  });
});

describe("the server's rules after an edit", () => {
  // one initiative whose department's latest report (W51) moved 提测 later
  const timeline = (): Timeline => ({
    today: "2024-12-20",
    latestWeek: "2024-W51",
    groups: [
      {
        id: 1,
        name: "O1",
        ...FIXTURE_DEPARTMENT,
        initiatives: [
          fixtureInitiative({
            id: 1,
            name: "支付",
            groupId: 1,
            group: "O1",
            lastSeenWeek: "2024-W51",
            departmentLatestWeek: "2024-W51",
            startDate: "2024-11-04",
            endDate: "2025-01-10",
            slipDays: 7,
            slippedCount: 1,
            atRiskCount: 1,
            milestones: [
              fixtureMilestone({
                id: 11,
                title: "提测",
                date: "2024-12-27",
                baselineDate: "2024-12-20",
                slipDays: 7,
                timesMoved: 1,
                lastMoveWeek: "2024-W51",
                lastMoveDays: 7,
                slippedThisWeek: true,
              }),
              fixtureMilestone({ id: 12, title: "上线", date: "2025-01-10", state: "at_risk", lastMoveWeek: null, lastMoveDays: 0 }),
            ],
          }),
          fixtureInitiative({
            id: 2,
            name: "风控",
            groupId: 1,
            group: "O1",
            lastSeenWeek: "2024-W48",
            departmentLatestWeek: "2024-W50",
            silent: true,
            status: "active",
            milestones: [],
          }),
        ],
      },
    ],
  });

  it("a dragged milestone is a manual move: not this week's slip, re-sorted, timesMoved counted", () => {
    const i = initiative(withMilestoneEdit(timeline(), 11, { date: "2025-01-17", rangeStart: "2025-01-17" }), 1);
    expect(i.milestones.map((m) => m.id)).toEqual([12, 11]);
    expect(i.milestones[1]).toMatchObject({
      slipDays: 28,
      timesMoved: 2,
      lastMoveWeek: "manual",
      lastMoveDays: 21,
      slippedThisWeek: false,
    });
    expect(i).toMatchObject({ endDate: "2025-01-17", slipDays: 28, slippedCount: 1 });
  });

  it("a date given without its range makes the milestone one day", () => {
    const m = initiative(withMilestoneEdit(timeline(), 12, { date: "2025-01-20" }), 1).milestones.find((x) => x.id === 12);
    expect(m).toMatchObject({ date: "2025-01-20", rangeStart: "2025-01-20", precision: "day" });
  });

  it("a state change keeps the week's slip and counts at-risk milestones as the server does", () => {
    const i = initiative(withMilestoneEdit(timeline(), 11, { state: "at_risk" }), 1);
    expect(i.milestones.find((m) => m.id === 11)).toMatchObject({ slippedThisWeek: true, timesMoved: 1 });
    expect(i.atRiskCount).toBe(2);
  });

  it("a milestone moved to another initiative takes that department's latest week", () => {
    const next = withMilestoneEdit(timeline(), 11, { initiativeId: 2 });
    expect(initiative(next, 2).milestones[0]).toMatchObject({ id: 11, slippedThisWeek: false });
    expect(initiative(next, 2)).toMatchObject({ slippedCount: 1, startDate: "2024-11-04", endDate: "2024-12-27" });
  });

  it("an initiative marked done is no longer silent, and silent again when reopened", () => {
    const done = withInitiativeEdit(timeline(), 2, { status: "done" });
    expect(initiative(done, 2)).toMatchObject({ status: "done", silent: false });
    expect(initiative(withInitiativeEdit(done, 2, { status: "active" }), 2).silent).toBe(true);
  });

  it("applies nothing the server would refuse", () => {
    const t = timeline();
    expect(withMilestoneEdit(t, 11, { date: "2025-02-30x" })).toBe(t);
  });
});
