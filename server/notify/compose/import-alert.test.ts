import { describe, expect, it } from "vitest";
import { composeImportAlert, type ImportAlertInput } from "./import-alert";

const input = (events: ImportAlertInput["events"]): ImportAlertInput => ({
  departmentName: "风控平台部",
  departmentId: 3,
  week: "2024-W46",
  baseUrl: "https://t.example",
  initiativeNames: new Map([
    [7, "芝麻免押"],
    [8, "长沙佣金存管"],
  ]),
  reasons: new Map([[70, "联调延迟"]]),
  events,
});

describe("composeImportAlert", () => {
  it("lists slips with days and reason, at-risk, done and silent, each linked to its initiative", () => {
    const message = composeImportAlert(
      input([
        { kind: "milestone_moved", milestoneId: 70, initiativeId: 7, title: "上线", from: "2024-11-14", to: "2024-11-21", days: 7 },
        {
          kind: "milestone_slipped",
          milestoneId: 70,
          initiativeId: 7,
          title: "上线",
          baselineDate: "2024-11-14",
          date: "2024-11-21",
          slipDays: 7,
        },
        { kind: "milestone_at_risk", milestoneId: 80, initiativeId: 8, title: "支付上线", date: "2024-11-28" },
        { kind: "milestone_done", milestoneId: 81, initiativeId: 8, title: "提测", date: "2024-11-15" },
        { kind: "initiative_silent", initiativeId: 9, name: "风控模型", lastSeenWeek: "2024-W45" },
      ]),
    )!;
    expect(message.title).toBe("风控平台部 · 2024-W46 周报已导入");
    expect(message.summary).toBe("新延期 1 · 新增风险 1 · 已完成 1 · 本周未提及 1");
    expect(message.link).toBe("https://t.example/week?week=2024-W46&department=3");
    expect(message.sections.map((s) => s.items)).toEqual([
      [
        {
          text: "芝麻免押 · 上线：2024-11-14 → 2024-11-21，延期 7 天（原因：联调延迟）",
          link: "https://t.example/?department=3&initiative=7",
        },
      ],
      [{ text: "长沙佣金存管 · 支付上线（2024-11-28）", link: "https://t.example/?department=3&initiative=8" }],
      [{ text: "长沙佣金存管 · 提测（2024-11-15）", link: "https://t.example/?department=3&initiative=8" }],
      [{ text: "风控模型（最后提及 2024-W45）", link: "https://t.example/?department=3&initiative=9" }],
    ]);
  });

  it("is null when the import moved nothing people are told about", () => {
    expect(composeImportAlert(input([]))).toBeNull();
    expect(
      composeImportAlert(
        input([
          { kind: "milestone_moved", milestoneId: 70, initiativeId: 7, title: "上线", from: "2024-11-21", to: "2024-11-14", days: -7 },
        ]),
      ),
    ).toBeNull();
  });
});
