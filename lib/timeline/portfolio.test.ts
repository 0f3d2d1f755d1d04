import { describe, expect, it } from "vitest";
import { portfolioRows } from "./portfolio";
import type { Timeline, TimelineInitiative } from "./types";

const initiative = (over: Partial<TimelineInitiative>): TimelineInitiative =>
  ({ slippedCount: 0, overdueCount: 0, atRiskCount: 0, silent: false, departmentLatestWeek: "2024-W50", ...over }) as TimelineInitiative;

describe("portfolioRows", () => {
  it("counts each department's slipped, overdue and at-risk milestones and silent initiatives", () => {
    const timeline: Timeline = {
      today: "2024-12-20",
      latestWeek: "2024-W50",
      groups: [
        {
          id: 1,
          name: "O1",
          departmentId: 1,
          department: "甲",
          initiatives: [initiative({ slippedCount: 2, overdueCount: 1 }), initiative({ atRiskCount: 1, silent: true })],
        },
        { id: 2, name: "O2", departmentId: 1, department: "甲", initiatives: [initiative({ slippedCount: 1 })] },
        { id: 3, name: "O1", departmentId: 2, department: "乙", initiatives: [initiative({ departmentLatestWeek: "2024-W49" })] },
      ],
    };
    const departments = [
      { id: 2, name: "乙" },
      { id: 1, name: "甲" },
      { id: 3, name: "丙" },
    ];
    expect(portfolioRows(departments, timeline)).toEqual([
      { departmentId: 2, department: "乙", initiatives: 1, slipped: 0, overdue: 0, atRisk: 0, silent: 0, latestWeek: "2024-W49" },
      { departmentId: 1, department: "甲", initiatives: 3, slipped: 3, overdue: 1, atRisk: 1, silent: 1, latestWeek: "2024-W50" },
      // a department without a report yet still has its row
      { departmentId: 3, department: "丙", initiatives: 0, slipped: 0, overdue: 0, atRisk: 0, silent: 0, latestWeek: null },
    ]);
  });

  it("leaves out departments not asked for", () => {
    const timeline: Timeline = {
      today: "2024-12-20",
      latestWeek: null,
      groups: [{ id: 3, name: "O1", departmentId: 2, department: "乙", initiatives: [initiative({ slippedCount: 5 })] }],
    };
    expect(portfolioRows([{ id: 1, name: "甲" }], timeline).map((r) => r.slipped)).toEqual([0]);
  });
});
