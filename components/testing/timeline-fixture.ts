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
    lastMoveWeek: null,
    lastMoveDays: 0,
    version: 1,
    ...over,
  };
}

/** The department every fixture initiative and group belongs to. */
export const FIXTURE_DEPARTMENT = { departmentId: 1, department: "示例部门" } as const;

export function fixtureInitiative(
  over: Partial<TimelineInitiative> & Pick<TimelineInitiative, "id" | "name" | "groupId" | "group">,
): TimelineInitiative {
  return {
    departmentId: FIXTURE_DEPARTMENT.departmentId,
    aliases: [],
    status: "active",
    progress: null,
    owner: null,
    startDate: "2024-11-04",
    endDate: "2024-12-31",
    lastSeenWeek: "2024-W50",
    departmentLatestWeek: "2024-W50",
    silent: false,
    slipDays: 0,
    slippedCount: 0,
    overdueCount: 0,
    atRiskCount: 0,
    milestones: [],
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
        ...FIXTURE_DEPARTMENT,
        initiatives: [
          fixtureInitiative({
            id: 1,
            name: "长沙佣金存管",
            ...g1,
            progress: 60,
            startDate: "2024-11-04",
            endDate: "2025-01-15",
            slipDays: 7,
            slippedCount: 1,
            overdueCount: 1,
            version: 4,
            milestones: [
              fixtureMilestone({
                id: 11,
                title: "提测",
                date: "2024-12-17",
                baselineDate: "2024-12-10",
                baselineStart: "2024-12-10",
                slipDays: 7,
                timesMoved: 1,
                overdue: true,
                version: 3,
              }),
              fixtureMilestone({
                id: 12,
                title: "上线",
                date: "2025-01-15",
                rangeStart: "2025-01-11",
                precision: "xun",
                baselineDate: "2025-01-15",
                state: "at_risk",
                version: 2,
              }),
              fixtureMilestone({ id: 10, title: "需求评审", date: "2024-11-20", state: "done" }),
            ],
          }),
          fixtureInitiative({
            id: 2,
            name: "<img src=x onerror=alert(1)>",
            ...g1,
            progress: 30,
            startDate: "2024-11-18",
            endDate: "2024-12-27",
            atRiskCount: 1,
            milestones: [fixtureMilestone({ id: 21, title: "联调 & 验收 <b>", date: "2024-12-27", state: "at_risk" })],
          }),
        ],
      },
      {
        id: 2,
        name: g2.group,
        ...FIXTURE_DEPARTMENT,
        initiatives: [
          fixtureInitiative({
            id: 3,
            name: "贝易转-装修存管",
            ...g2,
            status: "done",
            progress: 100,
            startDate: "2024-11-01",
            endDate: "2024-12-06",
            milestones: [fixtureMilestone({ id: 31, title: "全量上线", date: "2024-12-06", state: "done" })],
          }),
          fixtureInitiative({
            id: 4,
            name: "风控模型升级",
            ...g2,
            status: "paused",
            silent: true,
            lastSeenWeek: "2024-W48",
            progress: null,
            startDate: "2024-12-02",
            endDate: "2025-02-28",
            slipDays: 31,
            slippedCount: 1,
            milestones: [
              fixtureMilestone({
                id: 41,
                title: "灰度",
                date: "2025-02-28",
                baselineDate: "2025-01-28",
                baselineStart: "2025-01-28",
                slipDays: 31,
                timesMoved: 2,
                slippedThisWeek: true,
                lastMoveWeek: "2024-W50",
                lastMoveDays: 31,
              }),
            ],
          }),
        ],
      },
      { id: 3, name: "空分组", ...FIXTURE_DEPARTMENT, initiatives: [] },
    ],
  };
}

/** 300 initiatives in 10 groups, 5 milestones each (1,810 rows): the size of a large portfolio. */
export function largeTimeline(initiatives = 300, perInitiative = 5): Timeline {
  const day = (n: number) => new Date(Date.UTC(2024, 9, 1 + n)).toISOString().slice(0, 10);
  const groups = Array.from({ length: 10 }, (_, g) => ({
    id: g + 1,
    name: `O${g + 1} 部门`,
    ...FIXTURE_DEPARTMENT,
    initiatives: [] as Timeline["groups"][number]["initiatives"],
  }));
  for (let i = 0; i < initiatives; i++) {
    const group = groups[i % groups.length]!;
    const start = (i * 7) % 120;
    const milestones = Array.from({ length: perInitiative }, (_, k) => {
      const d = start + 10 + k * 14;
      const slip = (i + k) % 4 === 0 ? 7 : 0;
      return fixtureMilestone({
        id: i * perInitiative + k + 1,
        title: `里程碑 ${k + 1}`,
        date: day(d + slip),
        baselineDate: day(d),
        slipDays: slip,
        overdue: slip > 0 && k === 0,
      });
    });
    group.initiatives.push(
      fixtureInitiative({
        id: i + 1,
        name: `项目 ${i + 1}`,
        groupId: group.id,
        group: group.name,
        startDate: day(start),
        endDate: day(start + 10 + (perInitiative - 1) * 14 + 7),
        progress: (i * 13) % 100,
        milestones,
      }),
    );
  }
  return { today: "2024-12-20", latestWeek: "2024-W51", groups };
}
