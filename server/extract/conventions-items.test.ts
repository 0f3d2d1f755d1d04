// How one list item is written: its time first and the verb before the work (`12月18日上线营销中心`),
// a state tag before its name, a run of steps numbered ①②③, a due label (ETA) after the name.
import { describe, expect, it } from "vitest";
import { milestones, names, readBody as read } from "../testing/short-report";
import { extractReport } from "./extract-report";

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

describe("a project heading whose items are its dated steps", () => {
  it("reads `12.13（周五）完成压测` and `下月中旬完成…` as steps, and a 目标 that opens with a day as the plan", () => {
    const result = read(
      "## 重点项目进展\n\n### 1. 实时数仓\n- 目标：12月20日上线；当前：联调中，完成度60%\n" +
        "- 12.13（周五）完成压测\n- 下月中旬完成二期需求评审\n\n### 2. 订单中心\n- 12/18上线",
    );
    expect(names(result)).toEqual(["实时数仓", "订单中心"]);
    expect(result.entries[0]?.progress).toBe(60);
    expect(milestones(result, "实时数仓")).toEqual([
      ["上线", "2024-12-20", "planned"],
      ["压测", "2024-12-13", "planned"],
      ["二期需求评审", "2025-01-20", "planned"],
    ]);
  });

  it("keeps a 目标 without a day as background", () => {
    const result = read("## 实时数仓\n- 目标：提升数据时效\n- 12/20上线");
    expect(milestones(result, "实时数仓")).toEqual([["上线", "2024-12-20", "planned"]]);
  });
});

describe("a work named with a figures word", () => {
  it("reads 指标平台 and 附件管理 as works; 核心指标 and 附件1 stay figures", () => {
    const result = read(
      "## 指标平台\n- 12/21上线\n\n## 附件管理\n- 12/23上线\n\n## 核心指标\n- 支付成功率99.9%，12/20复盘\n\n## 附件1：统计表\n- 支付12/22上线",
    );
    expect(names(result)).toEqual(["指标平台", "附件管理"]);
  });
});

describe("a milestone table whose status is a check mark", () => {
  it("reads ✅ as reached", () => {
    const result = read(
      "## 数据治理\n\n| 里程碑 | 日期 | 状态 |\n|---|---|---|\n| 元数据采集 | 11/29 | ✅ |\n| 血缘分析上线 | 12/18 | 🔄 |",
    );
    expect(milestones(result, "数据治理")).toEqual([
      ["元数据采集", "2024-11-29", "done"],
      ["血缘分析上线", "2024-12-18", "planned"],
    ]);
  });
});

describe("a software team's mixed-language weekly", () => {
  const result = read(
    "## Done\n- [x] K8s 集群升级到 1.29（12/3 完成）\n- [x] 日志平台迁移：灰度 30% 流量\n\n" +
      "## In Progress\n- [ ] 服务网格接入：进度 40%，ETA 12/20\n- [ ] 成本看板：@王磊 设计评审 12/10\n\n" +
      "## Next Week\n- CI 提速：目标 12/18 前构建时间降到 5 分钟",
  );

  it("keeps the version a work is upgraded to in its name, and a rollout share as work, not figures", () => {
    expect(names(result)).toEqual(["K8s 集群升级到 1.29", "日志平台迁移", "服务网格接入", "成本看板", "CI 提速"]);
  });

  it("names no milestone after a progress figure or an owner's mark; a 目标 day is due", () => {
    expect(milestones(result, "服务网格接入")).toEqual([["完成", "2024-12-20", "planned"]]);
    expect(milestones(result, "成本看板")).toEqual([["设计评审", "2024-12-10", "planned"]]);
    expect(milestones(result, "CI 提速")).toEqual([["完成", "2024-12-18", "planned"]]);
  });
});

describe("a bold project line with its owner in brackets", () => {
  it("names the work by the bold words and the owner by the note", () => {
    const result = read(
      "## 项目进度汇总\n\n**1. 电子签章平台**（负责人：赵强）\n- 下周计划：12/12 UAT，12/19 上线\n\n" +
        "**2. 移动办公APP**（负责人：钱丽）\n- 下周计划：安卓版12/10发布",
    );
    expect(result.entries.map((e) => [e.initiative, e.owner])).toEqual([
      ["电子签章平台", "赵强"],
      ["移动办公APP", "钱丽"],
    ]);
    // a day written right after 版 is a day, not a version
    expect(milestones(result, "移动办公APP")).toEqual([["安卓版发布", "2024-12-10", "planned"]]);
  });
});

describe("events of sales and operations", () => {
  it("dates 开售, 上市, 开业 and 启用", () => {
    const result = read("## 品牌联名\n- 联名款预计12月20日开售\n\n## 新门店\n- 12月28日开业\n\n## 新系统\n- 12月16日启用");
    expect(result.entries.map((e) => e.milestones.map((m) => [m.title, m.date]))).toEqual([
      [["联名款开售", "2024-12-20"]],
      [["开业", "2024-12-28"]],
      [["启用", "2024-12-16"]],
    ]);
  });
});

describe("a report pasted from a chat app", () => {
  it("reads the plain title line as the title, keycap digits (1️⃣) as a numbered list, and emoji labels as its sections", () => {
    const result = extractReport(
      "【周报】增长组 12.2-12.6\n\n✅本周完成\n1️⃣ 拉新活动H5上线（12/3），首日UV 2.1万\n2️⃣ 老带新裂变方案评审通过\n\n" +
        "🔜下周计划\n1️⃣ 12/10 积分商城改版提测\n2️⃣ 会员日活动 12/13 上线\n",
      { referenceDate: "2024-12-06" },
    );
    expect(result.entries.map((e) => e.group)).toEqual(["本周完成", "本周完成", "下周计划", "下周计划"]);
    expect(milestones(result, "会员日活动")).toEqual([["会员日活动上线", "2024-12-13", "planned"]]);
  });
});

describe("a plan said once for a sentence", () => {
  it("reads every clause after 计划 as planned, in a section of the week's progress too", () => {
    const result = read("## 本周进展\n- 鸿蒙版：整体完成度40%；计划12月23日提测，1月中旬上线\n\n## 下周计划\n- 8.4版本需求评审（12/10）");
    expect(milestones(result, "鸿蒙版")).toEqual([
      ["提测", "2024-12-23", "planned"],
      ["上线", "2025-01-20", "planned"],
    ]);
    // a version opening an item is part of its name, not its time
    expect(names(result)).toEqual(["鸿蒙版", "8.4版本需求评审"]);
  });
});

describe("a figure in the plan beside the week's progress", () => {
  it("takes 进度：60% for the progress, not the 50% the plan aims at", () => {
    const result = read("1. 容器平台\n   - 本周：完成GPU节点纳管\n   - 下周：12/13完成50%业务迁移\n   - 进度：60%");
    expect(result.entries.map((e) => [e.initiative, e.progress])).toEqual([["容器平台", 60]]);
  });
});

describe("a date moved in one clause", () => {
  it("reads `12/3上线延迟至12/10` as 上线 on 12-10 with its baseline 12-03, and keeps another event's date apart", () => {
    const result = read("## 重点项目\n- 运营平台：12/3上线延迟至12/10\n- 报表系统：12/3提测，上线延期至12/10");
    expect(result.entries[0]?.milestones.map((m) => [m.title, m.date, m.baselineDate])).toEqual([["上线", "2024-12-10", "2024-12-03"]]);
    expect(result.entries[1]?.milestones.map((m) => [m.title, m.date, m.baselineDate])).toEqual([
      ["提测", "2024-12-03", null],
      ["上线", "2024-12-10", null],
    ]);
  });
});

describe("a work whose only news is its state", () => {
  it("keeps `积分商城：项目暂停` in a list of the week's priorities, paused", () => {
    const result = read("## 重点\n- 积分商城：项目暂停\n- 运营平台：12/10上线");
    expect(result.entries.map((e) => [e.initiative, e.status])).toEqual([
      ["积分商城", "paused"],
      ["运营平台", null],
    ]);
  });
});

describe("a payment's share in brackets", () => {
  it("is no progress of the work, and the item that says it was paid stays an initiative", () => {
    const result = read("## 重点项目\n\n1. 合同管理：合同回款第二笔（30%）已到账\n2. 支付网关改造：前端开发（80%），预计2025.01上线");
    expect(names(result)).toEqual(["合同管理", "支付网关改造"]);
    const progress = Object.fromEntries(result.entries.map((e) => [e.initiative, e.progress]));
    expect(progress).toEqual({ 合同管理: null, 支付网关改造: 80 });
    expect(milestones(result, "支付网关改造")).toEqual([["上线", "2025-01-31", "planned"]]);
  });
});

describe("a clause that only says when, after the work", () => {
  it("times the work before it when that has no date of its own", () => {
    const result = read(
      "## 重点项目\n\n1. 支付网关改造：完成接口开发，12月10日前\n2. 风控规则：评审通过，12月3日\n3. 账务核对：12月5日已上线，12月20日",
    );
    expect(milestones(result, "支付网关改造")).toEqual([["接口开发", "2024-12-10", "planned"]]);
    expect(milestones(result, "风控规则")).toEqual([["评审", "2024-12-03", "done"]]);
    // the work before already has its date: the bare date after it times nothing
    expect(milestones(result, "账务核对")).toEqual([["上线", "2024-12-05", "done"]]);
  });
});
