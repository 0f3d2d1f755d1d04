// How one list item is written: its time first and the verb before the work (`12月18日上线营销中心`),
// a state tag before its name, a run of steps numbered ①②③, a due label (ETA) after the name.
import { describe, expect, it } from "vitest";
import { milestones, names, readBody as read } from "../testing/short-report";

describe("an item that opens with its time", () => {
  it("names the work after the time, its plan word, a deadline's 前 and the verb that comes first", () => {
    const result = read(
      "## 下周计划\n\n- 12月15日前完成渠道路由优化\n- 计划12月20日完成账务核对\n- 春节前完成备付金系统改造\n" +
        "- 12月18日上线营销中心\n- 于12月19日召开项目启动会\n- 12月底前完成等保测评",
    );
    expect(names(result)).toEqual(["渠道路由优化", "账务核对", "备付金系统改造", "营销中心", "项目启动会", "等保测评"]);
    expect(milestones(result, "营销中心")).toEqual([["营销中心上线", "2024-12-18", "planned"]]);
  });

  it("keeps a verb that is part of a name when no time comes before it", () => {
    const result = read("## 重点工作\n\n- 发布系统改造，12月20日上线\n- 组织架构调整，进度50%");
    expect(names(result)).toEqual(["发布系统改造", "组织架构调整"]);
  });
});

describe("a state tag before a name", () => {
  it("leaves 【进行中】 out of the name of a 名称： item", () => {
    const result = read("## 重点项目\n\n1. 【进行中】风控规则引擎：预计12月13日提测");
    expect(names(result)).toEqual(["风控规则引擎"]);
    expect(milestones(result, "风控规则引擎")).toEqual([["提测", "2024-12-13", "planned"]]);
  });
});

describe("steps numbered ①②③ in one line", () => {
  it("reads each step as a clause of its own, the name before the first", () => {
    const result = read("## 重点项目\n\n1. 清结算系统①接口开发完成②12/10联调③12月底上线");
    expect(names(result)).toEqual(["清结算系统"]);
    expect(milestones(result, "清结算系统")).toEqual([
      ["联调", "2024-12-10", "planned"],
      ["上线", "2024-12-31", "planned"],
    ]);
  });
});

describe("an ETA after the name", () => {
  it("dates the completion and is no part of the name", () => {
    const result = read("## 重点项目\n\n- 数据看板 ETA 12/20，进度 40%");
    expect(names(result)).toEqual(["数据看板"]);
    expect(milestones(result, "数据看板")).toEqual([["完成", "2024-12-20", "planned"]]);
  });
});
