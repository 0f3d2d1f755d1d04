import { describe, expect, it } from "vitest";
import type { TimelineInitiative, TimelineMilestone } from "../types";
import { filterInitiatives } from "./timeline-filter";

const milestone = (id: number, over: Partial<TimelineMilestone> = {}): TimelineMilestone => ({
  id,
  title: `里程碑 ${id}`,
  date: "2024-12-10",
  rangeStart: "2024-12-10",
  precision: "day",
  state: "planned",
  baselineDate: "2024-12-10",
  baselineStart: "2024-12-10",
  timesMoved: 0,
  lastMoveWeek: null,
  lastMoveDays: 0,
  slipDays: 0,
  overdue: false,
  slippedThisWeek: false,
  version: 1,
  ...over,
});

/** the counts follow from the milestones, as the server derives them */
const initiative = (id: number, milestones: TimelineMilestone[], over: Partial<TimelineInitiative> = {}): TimelineInitiative => ({
  id,
  departmentId: 1,
  name: `项目 ${id}`,
  aliases: [],
  groupId: 1,
  group: "O1",
  status: "active",
  progress: null,
  owner: null,
  startDate: "2024-11-01",
  endDate: "2024-12-31",
  lastSeenWeek: "2024-W50",
  departmentLatestWeek: "2024-W50",
  silent: false,
  slipDays: Math.max(0, ...milestones.map((m) => m.slipDays)),
  slippedCount: milestones.filter((m) => m.slipDays > 0).length,
  overdueCount: milestones.filter((m) => m.overdue).length,
  atRiskCount: milestones.filter((m) => m.state === "at_risk").length,
  milestones,
  version: 1,
  ...over,
});

const initiatives = () => [
  initiative(1, [milestone(10, { state: "done" }), milestone(11, { slipDays: 7, overdue: true }), milestone(12, { state: "at_risk" })]),
  initiative(2, [milestone(21, { state: "at_risk" })]),
  initiative(3, [milestone(31, { state: "done" })], { status: "done" }),
  initiative(4, [milestone(41, { slipDays: 31 }), milestone(42)]),
];
const shown = (filter: Parameters<typeof filterInitiatives>[1]) =>
  filterInitiatives(initiatives(), filter).map((i) => [i.id, i.milestones.map((m) => m.id)]);

describe("filterInitiatives by state", () => {
  it("shows only the slipped milestones under 已延期", () => {
    expect(shown({ states: ["slipped"] })).toEqual([
      [1, [11]],
      [4, [41]],
    ]);
  });

  it("shows the milestones in any chosen milestone state", () => {
    expect(shown({ states: ["slipped", "at_risk"] })).toEqual([
      [1, [11, 12]],
      [2, [21]],
      [4, [41]],
    ]);
  });

  it("keeps every milestone of an initiative chosen for a state of its own", () => {
    expect(shown({ states: ["done"] })).toEqual([[3, [31]]]);
    expect(shown({ states: ["slipped", "active"] }).find(([id]) => id === 1)).toEqual([1, [10, 11, 12]]);
  });

  it("keeps every milestone without a state filter, and leaves its input alone", () => {
    const input = initiatives();
    const before = JSON.stringify(input);
    expect(filterInitiatives(input, { q: "项目 4" }).map((i) => i.milestones.length)).toEqual([2]);
    filterInitiatives(input, { states: ["slipped"] });
    expect(JSON.stringify(input)).toBe(before);
  });
});
