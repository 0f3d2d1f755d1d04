// Weekly reports written day by day (日报汇总式周报): a section per day (`## 周三（12月4日）`),
// then 下周计划. tmp/days in the ext-wt2 worktree holds a real one and the variants tried.
import { describe, expect, it } from "vitest";
import { milestones, names, readBody as read } from "../testing/short-report";

const WEEK =
  "## 周一（12月2日）\n- 参加项目周例会，确认财务系统上线计划\n- 编写支付模块接口文档\n\n" +
  "## 周二（12月3日）\n- 支付模块联调，完成80%\n\n" +
  "## 周三（12月4日）\n- 支付模块提测\n- 修复提测问题5个\n\n" +
  "## 周四（12月5日）\n- 对账模块开发，进度50%\n\n" +
  "## 周五（12月6日）\n- 对账模块自测\n- 整理本周周报\n\n" +
  "## 下周计划\n- 12月10日支付模块上线\n- 12月12日对账模块提测\n";

describe("weeks written day by day", () => {
  it("dates a day's events by its heading and reads the work its days and plan name as one initiative", () => {
    const result = read(WEEK, "2024-12-07");
    expect(names(result)).toEqual(["支付模块", "修复提测问题5个", "对账模块"]);
    expect(result.entries.map((e) => e.group)).toEqual(["", "", ""]);
    expect(milestones(result, "支付模块")).toEqual([
      ["支付模块提测", "2024-12-04", "done"],
      ["支付模块上线", "2024-12-10", "planned"],
    ]);
    expect(result.entries.find((e) => e.initiative === "对账模块")?.progress).toBe(50);
    expect(milestones(result, "对账模块")).toEqual([["对账模块提测", "2024-12-12", "planned"]]);
    // the same lines in an ordinary 本周工作 list stay the lines they are
    expect(names(read("## 本周工作\n- 支付模块联调，完成80%\n- 支付模块提测\n"))).toEqual(["支付模块联调", "支付模块提测"]);
  });

  it.each([
    ["### 12月3日（周二）", "### 12月4日（周三）"],
    ["**周二 12/3**", "**周三 12/4**"],
    ["周二：", "周三："],
    ["- 周二：", "- 周三："],
    ["## 星期二", "## 星期三"],
    ["## 周二", "## 周三"],
    ["## 2024-12-03", "## 2024-12-04"],
    ["### 周二（已完成）✅", "### 周三（已完成）✅"],
  ])("reads %s / %s as days of the week", (tuesday, wednesday) => {
    const result = read(`${tuesday}\n- 支付模块联调，完成80%\n\n${wednesday}\n- 支付模块提测\n`);
    expect(names(result)).toEqual(["支付模块"]);
    expect(milestones(result, "支付模块")).toEqual([["支付模块提测", "2024-12-04", "done"]]);
  });

  it("dates a weekday alone under the plan in the plan's week", () => {
    const result = read("## 本周工作\n- 支付模块：12月4日已提测\n\n## 下周计划\n### 周一\n- 支付模块上线\n");
    expect(milestones(result, "支付模块")).toEqual([
      ["提测", "2024-12-04", "done"],
      ["支付模块上线", "2024-12-09", "planned"],
    ]);
  });

  it("reaches no event by work under way or a meeting, and keeps a step named once as written", () => {
    const result = read("## 周三\n- 支付模块联调，完成80%\n- 参加项目周例会\n- 内存压力测试\n\n## 周四\n- 对账模块自测\n");
    expect(names(result)).toEqual(["支付模块联调", "内存压力测试", "对账模块自测"]);
    expect(result.entries.flatMap((e) => e.milestones)).toEqual([]);
    expect((result.unread ?? []).map((u) => u.text)).toContain("- 参加项目周例会");
  });

  it("keeps the days of the last day's week of a log written day by day", () => {
    const result = read("## 2024-11-28\n- 网关迁移上线\n\n## 2024-12-03\n- 支付模块联调\n\n## 2024-12-04\n- 支付模块提测\n");
    expect(names(result)).toEqual(["支付模块"]);
  });
});
