// Conventions of weekly reports written with Office tools and OA forms (钉钉/飞书/OA
// weekly-report templates, project status tables, 政府/事业单位 工作周报). One small report per convention.
import { describe, expect, it } from "vitest";
import { milestones, names, readBody as read } from "../testing/short-report";
import { extractReport } from "./extract-report";

describe("an OA form's header fields", () => {
  it("dates the report by its labelled period and names no work after its fields", () => {
    const result = extractReport(
      "工作周报\n\n汇报人：张三\n所属部门：市场部\n汇报周期：2026年6月3日—2026年6月7日\n\n" +
        "一、本周工作完成情况\n\n1. 新品推广活动页面6月5日上线\n\n二、下周工作计划\n\n1. 活动复盘6月12日完成",
      {},
    );
    expect(result.reportDate).toBe("2026-06-07");
    expect(names(result)).toEqual(["新品推广活动页面", "活动复盘"]);
  });

  it("reads fields set side by side (填报部门、提交人、项目经理) as no work", () => {
    const result = read(
      "填报部门：数字化中心　　填报人：王敏\n\n提交人：陈晨　　部门：产品研发部\n\n项目经理：何静\n\n" +
        "## 本周完成工作\n\n1. 会员积分系统：12月4日提测\n",
    );
    expect(names(result)).toEqual(["会员积分系统"]);
  });
});

describe("a milestone table with planned and actual columns", () => {
  it("reaches a row only on a day in its 实际 column or a 状态 that says so; 计划完成时间 is the plan", () => {
    const result = read(
      "## 智慧园区平台\n\n| 里程碑 | 计划完成时间 | 实际完成时间 | 状态 |\n|---|---|---|---|\n" +
        "| 需求确认 | 2024-10-15 | 2024-10-18 | 已完成 |\n| 开发完成 | 2024-12-09 | | 延期 |\n" +
        "| 系统联调 | 2024-12-20 | | 未开始 |\n| 上线试运行 | 2025-01-06 | TBD | 未完成 |\n" +
        "| 验收 | 2025-01-20 | 预计 2025-01-24 | 待开始 |",
    );
    expect(milestones(result, "智慧园区平台")).toEqual([
      ["需求确认", "2024-10-18", "done"],
      ["开发完成", "2024-12-09", "at_risk"],
      ["系统联调", "2024-12-20", "planned"],
      ["上线试运行", "2025-01-06", "planned"],
      ["验收", "2025-01-20", "planned"],
    ]);
    expect(result.entries[0]?.milestones[0]?.baselineDate).toBe("2024-10-15");
  });
});

describe("a table exported from a spreadsheet", () => {
  it("keeps a row whose name cell is merged with the one above in that work, though its owner is written again", () => {
    // the last row states a progress of its own: it is left as it was read (its owner for a name)
    const result = read(
      "| 项目 | 工作内容 | 完成情况 | 完成时间 | 负责人 |\n|---|---|---|---|---|\n" +
        "| 双十二活动 | 活动方案评审 | 已完成 | 12月2日 | 刘芳 |\n| | 活动页面上线 | 计划中 | 12月10日 | 刘芳 |\n" +
        "| 会员体系 | 等级规则上线 | 已完成 | 12月4日 | 陈刚 |\n| | 权益配置 | 进行中 50% | 12月13日 | 陈刚 |",
    );
    expect(names(result)).toEqual(["双十二活动", "会员体系", "陈刚"]);
    expect(milestones(result, "双十二活动")?.map((m) => m[1])).toEqual(["2024-12-02", "2024-12-10"]);
  });
});

describe("a plan table split by phase", () => {
  it("takes the task beside the phase (阶段 | 功能模块) as the milestone, not the phase", () => {
    const result = read(
      "## 实施进度跟踪\n\n| 阶段 | 功能模块 | 计划完成时间 | 实际完成时间 | 状态 |\n|---|---|---|---|---|\n" +
        "| 第一阶段 | 声纹特征提取页面 | 2024.11.14 | 2024.11.15 | ✅ 已完成 |\n" +
        "| 第一阶段 | 声音库列表页 | 2024.11.16 | 2024.11.15 | ✅ 已完成 |\n" +
        "| 第二阶段 | 角色管理系统 | 2024.12.18 | | 未开始 |",
    );
    expect(milestones(result, "实施进度跟踪")).toEqual([
      ["声纹特征提取页面", "2024-11-15", "done"],
      ["声音库列表页", "2024-11-15", "done"],
      ["角色管理系统", "2024-12-18", "planned"],
    ]);
  });
});

describe("an issue tracker's weekly (禅道): planned start and end, actual end, assignee", () => {
  const report =
    "# 项目: 供应链协同 周报（第 49 周）\n\n报告周期：第 49 周( 2024-12-02 ~ 2024-12-06)\n\n" +
    "## 本周工作完成情况\n\n| 任务 | 指派给 | 计划开始 | 计划完成 | 实际完成 | 进度 |\n|---|---|---|---|---|---|\n" +
    "| 采购订单同步接口 | 郑丽 | 2024-11-27 | 2024-12-05 | 2024-12-04 | 100% |\n";

  it("dates the report by the period beside the week's number and leaves the 项目 label out of the department", () => {
    const result = extractReport(report, {});
    expect(result.reportDate).toBe("2024-12-06");
    expect(result.department).toBe("供应链协同");
  });

  it("replaces the planned end by the actual one, keeps the planned start, and takes 指派给 for the owner", () => {
    const result = extractReport(report, {});
    expect(milestones(result, "采购订单同步接口")).toEqual([
      ["开始", "2024-11-27", "done"],
      ["完成", "2024-12-04", "done"],
    ]);
    expect(result.entries[0]?.owner).toBe("郑丽");
  });
});

describe("an official report's （一） paragraphs", () => {
  it("reads `（一）名称。内容` written as one paragraph as a numbered item named by its first sentence", () => {
    const result = read(
      "一、重点工作进展\n（一）核心系统升级项目。本周完成第二轮压力测试；计划12月14日晚进行生产切换。\n" +
        "（二）办公网络改造。12月3日完成三楼无线AP更换，整体进度65%。\n",
    );
    expect(names(result)).toEqual(["核心系统升级项目", "办公网络改造"]);
    expect(milestones(result, "核心系统升级项目")).toContainEqual(["生产切换", "2024-12-14", "planned"]);
    expect(result.entries[1]?.progress).toBe(65);
  });
});

describe("a PMO's project table", () => {
  it("takes the 项目经理 column for the owner", () => {
    const result = read(
      "| 项目名称 | 项目经理 | 进度 | 计划上线 | 状态 |\n|---|---|---|---|---|\n| CRM升级 | 周敏 | 75% | 2024-12-20 | 正常 |\n",
    );
    expect(result.entries.map((e) => [e.initiative, e.owner, e.progress])).toEqual([["CRM升级", "周敏", 75]]);
  });
});
