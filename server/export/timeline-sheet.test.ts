import { describe, expect, it } from "vitest";
import type { Timeline, TimelineInitiative, TimelineMilestone } from "../../lib/timeline/types";
import { TIMELINE_COLUMNS, timelineRows } from "./timeline-sheet";

const milestone = (over: Partial<TimelineMilestone>): TimelineMilestone => ({
  id: 1,
  title: "上线",
  date: "2024-12-26",
  rangeStart: "2024-12-26",
  precision: "day",
  state: "planned",
  baselineDate: "2024-12-05",
  baselineStart: "2024-12-05",
  timesMoved: 1,
  lastMoveWeek: "2024-W50",
  lastMoveDays: 7,
  slipDays: 21,
  overdue: false,
  slippedThisWeek: true,
  version: 1,
  ...over,
});

const initiative = (over: Partial<TimelineInitiative>): TimelineInitiative => ({
  id: 1,
  departmentId: 1,
  name: "贝易转-装修存管",
  aliases: [],
  groupId: 1,
  group: "O1 业务服务",
  status: "active",
  progress: 60,
  startDate: "2024-11-04",
  endDate: "2024-12-26",
  lastSeenWeek: "2024-W50",
  departmentLatestWeek: "2024-W50",
  silent: false,
  slipDays: 21,
  slippedCount: 1,
  overdueCount: 0,
  atRiskCount: 0,
  milestones: [],
  owner: null,
  version: 1,
  ...over,
});

const timeline = (initiatives: TimelineInitiative[]): Timeline => ({
  today: "2024-12-20",
  latestWeek: "2024-W50",
  groups: [{ id: 1, name: "O1 业务服务", departmentId: 1, department: "研发部", initiatives }],
});

describe("timelineRows", () => {
  it("writes one row per milestone, every column filled in order", () => {
    const rows = timelineRows(
      timeline([initiative({ milestones: [milestone({}), milestone({ id: 2, title: "提测", overdue: true, lastMoveWeek: "manual" })] })]),
    );
    expect(rows).toEqual([
      ["研发部", "O1 业务服务", "贝易转-装修存管", "上线", "2024-12-05", "2024-12-26", 21, "计划中", 60, "2024-W50", "2024-W50"],
      ["研发部", "O1 业务服务", "贝易转-装修存管", "提测", "2024-12-05", "2024-12-26", 21, "已逾期", 60, "2024-W50", "手动修改"],
    ]);
    expect(rows[0]).toHaveLength(TIMELINE_COLUMNS.length);
  });

  it("keeps an initiative without milestones as one row with its status", () => {
    const rows = timelineRows(timeline([initiative({ status: "paused", progress: null, lastSeenWeek: null })]));
    expect(rows).toEqual([["研发部", "O1 业务服务", "贝易转-装修存管", null, null, null, null, "已暂停", null, null, null]]);
  });

  it("writes nothing for an empty timeline", () => {
    expect(timelineRows(timeline([]))).toEqual([]);
  });
});
