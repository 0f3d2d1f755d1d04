// A small Timeline for tests and the browser check (not used by the app).
import type { Timeline, TimelineInitiative, TimelineMilestone } from "~/server/tracking/types";

export function fixtureMilestone(over: Partial<TimelineMilestone> & Pick<TimelineMilestone, "id" | "title" | "date">): TimelineMilestone {
  return {
    rangeStart: over.date,
    precision: "day",
    state: "planned",
    baselineDate: over.date,
    baselineStart: over.date,
    slipDays: 0,
    timesMoved: 0,
    overdue: false,
    slippedThisWeek: false,
    version: 1,
    ...over,
  };
}

export function fixtureInitiative(over: Partial<TimelineInitiative> & Pick<TimelineInitiative, "id" | "name" | "groupId" | "group">): TimelineInitiative {
  return {
    aliases: [],
    status: "active",
    progress: null,
    startDate: "2024-11-04",
    endDate: "2024-12-31",
    lastSeenWeek: "2024-W50",
    silent: false,
    slipDays: 0,
    slippedCount: 0,
    overdueCount: 0,
    atRiskCount: 0,
    milestones: [],
    progressHistory: [],
    version: 1,
    ...over,
  };
}

export function fixtureTimeline(): Timeline {
  const g1 = { groupId: 1, group: "O1 业务服务" };
  const g2 = { groupId: 2, group: "O2 能力升级" };
  return {
    today: "2024-12-20",
    latestWeek: "2024-W51",
    groups: [
      {
        id: 1,
        name: g1.group,
        initiatives: [
          fixtureInitiative({
            id: 1, name: "长沙佣金存管", ...g1, progress: 60, startDate: "2024-11-04", endDate: "2025-01-15", slipDays: 7, slippedCount: 1, overdueCount: 1, version: 4,
            milestones: [
              fixtureMilestone({ id: 11, title: "提测", date: "2024-12-17", baselineDate: "2024-12-10", baselineStart: "2024-12-10", slipDays: 7, timesMoved: 1, overdue: true, version: 3 }),
              fixtureMilestone({ id: 12, title: "上线", date: "2025-01-15", rangeStart: "2025-01-11", precision: "xun", baselineDate: "2025-01-15", state: "at_risk", version: 2 }),
              fixtureMilestone({ id: 10, title: "需求评审", date: "2024-11-20", state: "done" }),
            ],
          }),
          fixtureInitiative({ id: 2, name: "<img src=x onerror=alert(1)>", ...g1, progress: 30, startDate: "2024-11-18", endDate: "2024-12-27", atRiskCount: 1, milestones: [fixtureMilestone({ id: 21, title: "联调 & 验收 <b>", date: "2024-12-27", state: "at_risk" })] }),
        ],
      },
      {
        id: 2,
        name: g2.group,
        initiatives: [
          fixtureInitiative({ id: 3, name: "贝易转-装修存管", ...g2, status: "done", progress: 100, startDate: "2024-11-01", endDate: "2024-12-06", milestones: [fixtureMilestone({ id: 31, title: "全量上线", date: "2024-12-06", state: "done" })] }),
          fixtureInitiative({ id: 4, name: "风控模型升级", ...g2, status: "paused", silent: true, lastSeenWeek: "2024-W48", progress: null, startDate: "2024-12-02", endDate: "2025-02-28", slipDays: 31, slippedCount: 1, milestones: [fixtureMilestone({ id: 41, title: "灰度", date: "2025-02-28", baselineDate: "2025-01-28", baselineStart: "2025-01-28", slipDays: 31, timesMoved: 2, slippedThisWeek: true })] }),
        ],
      },
      { id: 3, name: "空分组", initiatives: [] },
    ],
  };
}
