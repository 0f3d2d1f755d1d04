// The structure step on the layouts real teams write (samples/corpus shows each
// one in a real report): which level of the outline names the initiatives, and
// what belongs to them. One small report per convention.
import { describe, expect, it } from "vitest";
import { milestones, names, readBody as read } from "../testing/short-report";
import { extractReport } from "./extract-report";
import type { ExtractionResult } from "./types";

describe("facets name parts of an item, never an item", () => {
  it("reads 本周进展 / 下周计划 headings as parts of the heading above, with their tense", () => {
    const result = read(
      "## 收银台改版\n\n### 本周进展\n- 12月3日已提测\n\n### 下周计划\n- 12月10日上线\n\n### 项目背景\n- 11月1日立项评审",
    );
    expect(names(result)).toEqual(["收银台改版"]);
    expect(milestones(result, "收银台改版")).toEqual([
      ["提测", "2024-12-03", "done"],
      ["上线", "2024-12-10", "planned"],
    ]);
  });

  it("reads facet items (- 完成情况, - 计划) under a heading, and leaves background out", () => {
    const result = read(
      "### 出行\n#### POI商圈推荐（小流量上线） @李林\n- 项目背景\n  商圈，11月1日立项\n" +
        "- 完成情况\n  * 11月22日 小流量上线\n- 计划\n  12月16日 全量上线\n" +
        "#### 餐饮旺铺 @文宇\n- 完成情况\n  * 12月2日 开始开发\n- 计划\n  12月9日 提测",
    );
    expect(names(result)).toEqual(["POI商圈推荐", "餐饮旺铺"]);
    expect(result.entries.map((e) => [e.group, e.owner])).toEqual([
      ["出行", "李林"],
      ["出行", "文宇"],
    ]);
    expect(milestones(result, "POI商圈推荐")).toEqual([
      ["小流量上线", "2024-11-22", "done"],
      ["全量上线", "2024-12-16", "planned"],
    ]);
  });

  it("keeps a facet heading written at the level of the work above as part of it", () => {
    const result = read(
      "### 城市\n#### 省卡片\n- 项目背景\n  省卡片\n#### 收益\n省全量后30W\n" +
        "- 完成情况\n  * 11-13提测\n  * 11-20省主体卡片上线\n" +
        "#### 我的旅程\n- 完成情况\n  * 11-25评审",
    );
    expect(names(result)).toEqual(["省卡片", "我的旅程"]);
    expect(milestones(result, "省卡片")).toEqual([
      ["提测", "2024-11-13", "done"],
      ["省主体卡片上线", "2024-11-20", "done"],
    ]);
  });

  it("takes headings beside pieces of work as pieces of work, with the state their note gives", () => {
    const result = read(
      "## 落地\n" +
        "### A4A 调研\n#### 本周进展\n调研中\n" +
        "### 富交互方案(hold)\n" +
        "### title 机制\n" +
        "#### 本周进展\n12月3日已上线",
    );
    expect(names(result)).toEqual(["A4A 调研", "富交互方案", "title 机制"]);
    expect(result.entries.find((e) => e.initiative === "富交互方案")?.status).toBe("paused");
  });

  it("reads the progress a heading states in brackets", () => {
    const result = read(
      "## 本周进展\n\n### SG2044 适配 [进展预估 70%]\n\n- 已修复启动菜单问题。\n\n" +
        "### 其它\n\n- 镜像在新设备上进行 6.6/6.12 内核安装测试。",
    );
    expect(result.entries.map((e) => [e.initiative, e.progress])).toEqual([["SG2044 适配", 70]]);
  });
});

describe("headings people write", () => {
  it("reads emoji before a label or a name as decoration", () => {
    const result = read(
      "## 📌 项目进展\n\n" +
        "### 🟢 新人礼包 2.0\n" +
        "✅ 已完成：AB实验方案评审（12/3）\n" +
        "🚧 进行中：前端开发，进度 60%\n" +
        "📅 计划：12/10 提测\n",
    );
    expect(result.entries.map((e) => [e.group, e.initiative, e.progress])).toEqual([["项目进展", "新人礼包 2.0", 60]]);
    expect(milestones(result, "新人礼包 2.0")).toEqual([
      ["AB实验方案评审", "2024-12-03", "done"],
      ["提测", "2024-12-10", "planned"],
    ]);
  });

  it("reads a Chinese official outline: 一、 groups, （一） pieces of work told in numbered sentences", () => {
    const result = read(
      "一、重点工作进展\n（一）核心系统升级项目\n" +
        "1.本周完成了数据库迁移方案评审，计划于12月14日进行割接演练。\n2.应用改造进度约70%。\n" +
        "（二）网点智能化改造\n已完成12个网点设备安装，剩余8个网点预计12月中旬前完成。\n" +
        "（三）数据治理\n暂停，待监管新规发布后重启。",
    );
    expect(result.entries.map((e) => [e.group, e.initiative, e.progress, e.status])).toEqual([
      ["重点工作进展", "核心系统升级项目", 70, null],
      ["重点工作进展", "网点智能化改造", null, null],
      ["重点工作进展", "数据治理", null, "paused"],
    ]);
    expect(milestones(result, "核心系统升级项目")).toEqual([
      ["数据库迁移方案评审", "2024-12-08", "done"],
      ["割接演练", "2024-12-14", "planned"],
    ]);
  });

  it("reads a person's section split by 本周 / 下周 as that person's list of work", () => {
    const result = read(
      "### 张三\n本周：\n- 商品详情页重构，完成SKU选择组件，进度50%\n下周：\n- 详情页联调，预计12月12日提测\n" +
        "### 李四\n本周：\n- 埋点SDK 2.0 发布（12月4日）",
    );
    expect(result.entries.map((e) => [e.group, e.initiative, e.progress])).toEqual([
      ["张三", "商品详情页重构", 50],
      ["张三", "详情页联调", null],
      ["李四", "埋点SDK", null],
    ]);
  });
});

describe("lists", () => {
  it("reads numbered titles whose sub-items carry their own details as groups", () => {
    const result = read(
      "1. SIG 年度重点工作\n" +
        "   - 代码合入主线：\n     完成代码合入主线（预计2025年6月底）\n" +
        "   - 完成XTS测试\n     解决测试问题，预计2025年3月底完成。\n" +
        "2. 合作方年度重点工作\n   2.1 独立完成重点工作\n   - 3月底完成 3.2 Release 毕业。\n   - 4月底完成内核支持。",
    );
    expect(result.entries.map((e) => [e.group, e.initiative])).toEqual([
      ["SIG 年度重点工作", "代码合入主线"],
      ["SIG 年度重点工作", "XTS测试"],
      ["合作方年度重点工作", "独立完成重点工作"],
    ]);
    expect(milestones(result, "独立完成重点工作")?.map(([, date]) => date)).toEqual(["2025-03-31", "2025-04-30"]);
  });

  it("reads only the latest part of a cumulative log", () => {
    const result = read(
      "## 核心代码\n\n11-18 - 11-22\n1、组件迁移 - doing。周五完成，下周提测\n\n" +
        "12-02 - 12-06\n1、组件迁移新工程\n\n    进度：12.02提测，12.04测试完毕",
      "2024-12-06",
    );
    expect(names(result)).toEqual(["组件迁移新工程"]);
    expect(milestones(result, "组件迁移新工程")).toEqual([
      ["提测", "2024-12-02", "done"],
      ["测试", "2024-12-04", "done"],
    ]);
  });

  it("joins a later list of bare answers to the earlier list item by item", () => {
    const result = read("2024/12/5\n\n1. 首页图片清晰度\n2. 新闻页面换行\n\n2024/12/6\n\n1. 未解决\n2. 已解决", "2024-12-06");
    expect(names(result)).toEqual(["首页图片清晰度", "新闻页面换行"]);
    expect(milestones(result, "首页图片清晰度")).toEqual([]);
    expect(milestones(result, "新闻页面换行")).toEqual([["解决", "2024-12-06", "done"]]);
  });

  it("keeps of a report-level plan list only what it dates", () => {
    const result = read("## 本周\n1. 支付网关：12月3日已上线\n\n## 下周计划\n- 支付网关回归\n- 风控接入：12月12日联调");
    expect(names(result)).toEqual(["支付网关", "风控接入"]);
  });

  it("files what a plan list dates under the work it names in short, and reads 已完成 as done", () => {
    const result = read(
      "## 本周工作\n1. 用户画像标签体系：完成80%，剩余标签预计12月底前上线。\n" +
        "2. BI报表迁移：已完成，12月4日全量切换到新平台。\n\n" +
        "## 下周计划\n1. 用户画像：剩余标签开发及上线（12.12）",
    );
    expect(
      result.entries.map((e) => [e.initiative, e.progress, e.status, ...e.milestones.map((m) => `${m.title} ${m.date} ${m.state}`)]),
    ).toEqual([
      ["用户画像标签体系", 80, null, "剩余标签上线 2024-12-31 planned", "上线 2024-12-12 planned"],
      ["BI报表迁移", null, "done", "全量切换 2024-12-04 done"],
    ]);
  });

  it("skips meeting furniture: agenda, attendees, discussion", () => {
    const result = read(
      "## Agenda\n1. 年度规划\n\n## Attendees\n- 张三\n- 李四\n\n" +
        "## Notes\n1. 年度规划\n   - 平台适配：预计2025年3月底完成\n\n" +
        "## PR问题讨论\n1. PR提交不规范",
    );
    expect(names(result)).toEqual(["年度规划"]);
  });
});

describe("states and figures said in labels and marks", () => {
  it("reads 进度：65% under a heading as progress, 状态：暂停 as paused, and leaves phase labels out of dates", () => {
    const result = read(
      "### 1. 会员中心重构\n- 负责人：王磊\n- 进度：65%\n" +
        "- 本周完成：数仓分层设计评审通过（12.3）\n- 下周计划：接口联调，预计12.12完成\n" +
        "### 2. 小程序改版\n- 状态：暂停（等待业务方确认需求）",
    );
    expect(result.entries.map((e) => [e.initiative, e.owner, e.progress, e.status])).toEqual([
      ["会员中心重构", "王磊", 65, null],
      ["小程序改版", null, null, "paused"],
    ]);
    expect(milestones(result, "会员中心重构")?.map(([, date, state]) => `${date} ${state}`)).toEqual([
      "2024-12-03 done",
      "2024-12-12 planned",
    ]);
  });

  it("reads ✅ and a ticked box as done, a late 状态 as at risk unless the plan was already moved", () => {
    const result = read(
      "- [x] 网关切换：12月4日切换\n- 认证迁移：cut over to the new IdP on Dec 5 ✅\n\n" +
        "| 项目 | 状态 | 计划 |\n|---|---|---|\n| 成本看板 | At risk | Beta by Dec 31 |\n" +
        "| 设备指纹 | 延期 | 原计划12/10发布，延期至12月下旬 |",
      "2024-12-06",
    );
    expect(result.entries.map((e) => [e.initiative, ...e.milestones.map((m) => `${m.date} ${m.state}`)])).toEqual([
      ["网关切换", "2024-12-04 done"],
      ["认证迁移", "2024-12-05 done"],
      ["成本看板", "2024-12-31 at_risk"],
      ["设备指纹", "2024-12-31 planned"],
    ]);
  });
});

describe("tables", () => {
  it("reads a heading over a table of works and a note as a group: the note is the group's, not a work's part", () => {
    for (const note of ["备注：本周无风险。", "风险：暂无"]) {
      const result = read(`## 二、平台\n\n| 项目 | 本周进展 | 进度 |\n| --- | --- | --- |\n| 风控平台 | 12/20 灰度 | 50% |\n\n${note}\n`);
      expect(result.entries.map((e) => [e.group, e.initiative, e.progress])).toEqual([["平台", "风控平台", 50]]);
    }
  });

  it("keeps a pipe escaped inside a cell (\\|, as Word and Excel conversions write one) in its cell", () => {
    const result = read(
      "| 项目 | 本周进展 | 下周计划 | 进度 |\n| --- | --- | --- | --- |\n| 风控平台 | A\\|B 方案评审 | 12/20 灰度 | 50% |\n",
    );
    expect(result.entries.map((e) => [e.initiative, e.progress, e.milestones.map((m) => `${m.date} ${m.title}`)])).toEqual([
      ["风控平台", 50, ["2024-12-20 灰度"]],
    ]);
  });

  it("reads a milestone table under a heading as that work's milestones, planned against actual", () => {
    const result = read(
      "## 收银台改版\n\n| 里程碑 | 计划日期 | 实际日期 | 状态 |\n|---|---|---|---|\n" +
        "| 需求评审 | 2024-11-20 | 2024-11-20 | 已完成 |\n" +
        "| 提测 | 2024-11-28 | 2024-12-02 | 已完成 |\n| 灰度上线 | 2024-12-04 | | 进行中 |\n| 全量上线 | 2024-12-18 | | 未开始 |",
    );
    expect(names(result)).toEqual(["收银台改版"]);
    expect(result.entries[0]!.milestones.map((m) => [m.title, m.date, m.state, m.baselineDate])).toEqual([
      ["需求评审", "2024-11-20", "done", null],
      ["提测", "2024-12-02", "done", "2024-11-28"],
      ["灰度上线", "2024-12-04", "at_risk", null],
      ["全量上线", "2024-12-18", "planned", null],
    ]);
  });

  it("reads a task list under a heading as that work's", () => {
    const result = read("## 跨境结算\n\n- [x] 招行通道联调（12/3）\n- [ ] 汇率接口改造，预计12/13完成\n- [ ] 12月下旬上线");
    expect(names(result)).toEqual(["跨境结算"]);
    expect(milestones(result, "跨境结算")?.map(([, date, state]) => `${date} ${state}`)).toEqual([
      "2024-12-03 done",
      "2024-12-13 planned",
      "2024-12-31 planned",
    ]);
  });

  it("reads a project table with emoji in its 状态 cells, and a 本周其他工作 heading as odds and ends", () => {
    const result = read(
      "### 一、重点项目进展\n\n| 序号 | 项目名称 | 完成进度 | 计划上线 | 状态 |\n|:---:|---|:---:|---|:---:|\n" +
        "| 1 | 跨境支付通道 | 60% | 2024-12-20 | 🟡风险 |\n| 2 | 对账自动化 | 100% | 2024-12-03 | ✅完成 |\n\n" +
        "### 二、本周其他工作\n1. 配合审计部门完成系统审计材料提交（12.5）。\n2. 处理生产问题2起，均已闭环。",
    );
    expect(result.entries.map((e) => [e.initiative, e.progress, e.status, ...e.milestones.map((m) => `${m.date} ${m.state}`)])).toEqual([
      ["跨境支付通道", 60, null, "2024-12-20 at_risk"],
      ["对账自动化", 100, "done", "2024-12-03 done"],
      ["审计部门完成系统审计材料提交", null, null, "2024-12-05 done"],
    ]);
  });

  it("reads an issue table whose dates sit inside its text cells", () => {
    const result = read(
      "## 线上问题\n| 问题 | 影响 | 处理进展 | 负责人 |\n|---|---|---|---|\n| 支付回调丢失 | 12笔订单 | 12/3已修复上线 | 张三 |",
    );
    expect(result.entries.map((e) => [e.initiative, e.owner, ...e.milestones.map((m) => `${m.title} ${m.date} ${m.state}`)])).toEqual([
      ["支付回调丢失", "张三", "修复上线 2024-12-03 done"],
    ]);
  });

  it("reads a table that opens the report, without outer pipes too", () => {
    const header = "内容|类型|进度\n---|---|---\n";
    const result = read(header + "激发列表情景页|新增|12.3已提测，预计12.10上线\n转码失败case|线下case|已解决");
    expect(names(result)).toEqual(["激发列表情景页", "转码失败case"]);
    expect(milestones(result, "激发列表情景页")).toEqual([
      ["提测", "2024-12-03", "done"],
      ["上线", "2024-12-10", "planned"],
    ]);
  });

  it("dates a row by its date cell: reached, overdue below 100%, doubted by its risk cell", () => {
    const result = read(
      "| 板卡 | Next 里程碑节点 | 节点内进度 | 风险与Blocker |\n|---|---|---|---|\n" +
        "| RK3568 | 2024/12/2 | 社区公示-100% | 无 |\n| P7885 | 2024/12/2 | 孵化准出-80% | 无 |\n" +
        "| D3000M | 2025/1/30 | 南向适配-60% | 需增加研发资源达成0130上主干 |\n| CD8180 | 2025/1/30 | 建仓申请-20% | 无 |",
    );
    expect(result.entries.map((e) => [e.initiative, e.progress, ...e.milestones.map((m) => `${m.title} ${m.date} ${m.state}`)])).toEqual([
      ["RK3568", 100, "社区公示 2024-12-02 done"],
      ["P7885", 80, "孵化准出 2024-12-02 at_risk"],
      ["D3000M", 60, "南向适配 2025-01-30 at_risk"],
      ["CD8180", 20, "建仓申请 2025-01-30 planned"],
    ]);
  });

  it("reads a row shifted left by a missing category cell against the header", () => {
    const result = read(
      "| 系统类别 | 芯片 | 节点 | 进度 |\n|---|---|---|---|\n| L2-标准 | RK3568 | 2024/12/30 | 适配-60% |\n| P7885 | 2024/12/30 | 准出-80% | |",
    );
    expect(result.entries.map((e) => [e.initiative, e.progress, e.milestones[0]?.title])).toEqual([
      ["RK3568", 60, "适配"],
      ["P7885", 80, "准出"],
    ]);
  });

  it("reads an HTML table with a rowspan date and names rows by person when the task is a code", () => {
    const result = read(
      "<table>\n<tr><th>人员</th><th>任务</th><th>时间结点</th></tr>\n" +
        "<tr>\n<td>李斯嘉</td>\n<td>BCD</td>\n<td rowspan=2>2024.12.13</td>\n</tr>\n" +
        "<tr>\n<td>张译尹</td>\n<td>ACDE</td>\n</tr>\n</table>",
    );
    expect(result.entries.map((e) => [e.initiative, ...e.milestones.map((m) => `${m.title} ${m.date} ${m.state}`)])).toEqual([
      ["李斯嘉", "BCD 2024-12-13 planned"],
      ["张译尹", "ACDE 2024-12-13 planned"],
    ]);
  });

  it("reads no dates in version columns and no work in statistics or inventories", () => {
    const result = read(
      "1. 发版相关\n\n   | 软件包 | 当前版本 | 计划升级版本 | 升级完成时间 |\n" +
        "   |---|---|---|---|\n   | kernel | 5.10 | 小版本升级 | 11.30 |\n\n" +
        "| datetime | succeeded | failed |\n|---|---|---|\n| 20241122 | 1924 | 211 |\n| 20241129 | 2309 | 170 |\n\n" +
        "组件名|功能\n---|---\nmip-a|轮播\nmip-b|下载",
    );
    expect(names(result)).toEqual(["发版相关"]);
    expect(milestones(result, "发版相关")).toEqual([["完成", "2024-11-30", "done"]]);
  });
});

describe("titles, owners and what was not understood", () => {
  it("names what completes by the bare noun phrase before it (`同义词扩展，预计12/13完成`)", () => {
    const result = read("【搜索优化】\n本周：搜索纠错模型上线（12/3）\n下周：同义词扩展，预计12/13完成");
    expect(milestones(result, "搜索优化")).toEqual([
      ["搜索纠错模型上线", "2024-12-03", "done"],
      ["同义词扩展完成", "2024-12-13", "planned"],
    ]);
  });

  it("never names a milestone by its cause (issue example)", () => {
    const result = read("1. 渠道改造：12月3日联调完成，因行方封网延期至1月8日上线");
    const [first, second] = result.entries[0]!.milestones;
    expect(first).toMatchObject({ title: "联调", date: "2024-12-03", state: "done" });
    expect(second).toMatchObject({ title: "上线", date: "2025-01-08", state: "planned", reason: "行方封网" });
  });

  it("reads owners from @, a 负责人 line and an owner column", () => {
    const result = read(
      "1. 支付网关 @张三：12月10日上线\n2. 风控接入：12月12日联调\n   - 负责人：李四\n\n" +
        "| 项目 | 负责人 | 计划 |\n|---|---|---|\n| 对账平台 | 王五 | 12/20 上线 |",
    );
    expect(result.entries.map((e) => [e.initiative, e.owner])).toEqual([
      ["支付网关", "张三"],
      ["风控接入", "李四"],
      ["对账平台", "王五"],
    ]);
  });

  it("reads the explicit date beside a relative one and flags their disagreement", () => {
    // Report of Friday 2024-12-06: 下周三 is 12-11, the bracket says 12-04 (a plan copied from last week).
    const result = read("1. 酒店：预计下周三（12.11）提测\n2. 民宿：预计下周三（12.04）产出数据");
    expect(result.entries.map((e) => e.milestones.map((m) => m.date))).toEqual([["2024-12-11"], ["2024-12-04"]]);
    expect(result.unread).toEqual([expect.objectContaining({ line: 4, reason: "date_disagreement" })]);
  });

  it("lists the dated lines it tied to no event, and never reads dates inside links or markup", () => {
    const result = read(
      "## 项目A\n### 本周进展\n- 排期定在12月第三周\n- 文档见 https://wiki/2024-12-12-plan\n" +
        '- <span style="color:red">12月5日联调</span>\n- 12月18日 组内分享日',
    );
    expect(milestones(result, "项目A")).toEqual([
      ["排期", "2024-12-22", "planned"],
      ["联调", "2024-12-05", "done"],
    ]);
    expect(result.unread).toEqual([expect.objectContaining({ line: 8, reason: "date_without_milestone" })]);
  });
});

describe("headings as people type them", () => {
  it("reads `###名称` without the space after the hashes as a heading, and leaves `#1` as text", () => {
    const result = read("##完成情况\n###平台vui更新\n- 预计12月25日上线\n###独立建站\n- SEO：12月4日已上线\n#1 号问题已关闭");
    expect(milestones(result, "平台vui更新")).toEqual([["上线", "2024-12-25", "planned"]]);
    expect(result.entries.find((e) => e.initiative === "SEO")?.group).toBe("独立建站");
    expect(names(result).some((n) => n.includes("#"))).toBe(false);
  });
});

describe("a one-line background before the work's parts", () => {
  it("reads 完成情况 / 计划 written after a `背景：…` line as the work's, not as background", () => {
    const result = read(
      "### 二手车@郑铎\n背景：百度可通过聚合车源进一步满足用户需求\n- 收益：增加情景页的点击\n- **完成情况**\n" +
        "    11.7 结果页开发完成\n    11.21 情景页首页数据联调\n- 计划\n    12.16 全量上线\n",
    );
    expect(names(result)).toEqual(["二手车"]);
    expect(milestones(result, "二手车")).toEqual([
      ["结果页开发", "2024-11-07", "done"],
      ["情景页首页数据联调", "2024-11-21", "done"],
      ["全量上线", "2024-12-16", "planned"],
    ]);
  });
});

describe("tables that list no work", () => {
  it("leaves scores set side by side and exported records stamped to the minute out", () => {
    const result = read(
      "## 性能\n\n| SPECint | V2 | V1 | SPECfp | V2 | V1 |\n| --- | --- | --- | --- | --- | --- |\n" +
        "| 400.perlbench | 36.03 | 36.18 | 410.bwaves | 67.35 | 66.73 |\n| GEOMEAN | 44.92 | 44.66 | 433.milc | 44.38 | 45.12 |\n\n" +
        "## 合入\n\n| packageName | PRUrl | PRStatus | created_at |\n| --- | --- | --- | --- |\n" +
        "| risc-v-kernel | https://gitee.com/a/pulls/3 | open | 2024-11-30 17:02:02 |\n" +
        "| easymock | https://gitee.com/b/pulls/1 | merged | 2024-12-02 09:12:58 |\n\n" +
        "## 计划\n\n| 项目 | 状态 | 计划上线 |\n| --- | --- | --- |\n| 镜像构建 | 开发中 | 2024-12-20 |\n",
    );
    expect(names(result)).toEqual(["镜像构建"]);
  });
});

describe("what a personal or team summary holds besides work", () => {
  it("skips lessons, showcases, risks and acceptance criteria, and a form's fields", () => {
    const result = read(
      "**总结人**：邢远鑫\n**实习方向**：调度相关实现\n\n## 本周完成\n1. 登录模块：12/4已提测\n\n" +
        "## 经验总结与启示\n1. 小批次优化：与回归清单结合\n\n## 技术亮点与决策\n- 缓存：读写分离\n\n" +
        "## 风险与缓解\n1. 接口延期：提前联调\n\n## 遗留问题与风险\n1. 性能问题：待排查\n\n## 验收标准\n1. 覆盖率：80%以上\n\n" +
        "### 💡 关键学习\n- 缓存：一致性很重要\n\n## 案例分享\n- 检索：先看文档\n\n提取码：7hz6\n",
    );
    expect(names(result)).toEqual(["登录模块"]);
  });
});

describe("status tables and states in brackets", () => {
  it("reads a 项目统计 table as work, with the person marked in a name cell as its owner", () => {
    const result = read(
      "## 本月跟进项目统计\n\n| 业务 | 项目 | 进展 |\n| --- | --- | --- |\n| 激发 | RS样式升级@健驰 | 11.16已全量上线 |\n\n" +
        "## 数据统计\n\n| 指标 | 数值 |\n| --- | --- |\n| 点击率 | 0.4% |\n",
    );
    expect(result.entries.map((e) => [e.initiative, e.owner])).toEqual([["RS样式升级", "健驰"]]);
    expect(milestones(result, "RS样式升级")).toEqual([["全量上线", "2024-11-16", "done"]]);
  });

  it("takes a state in brackets after a name (进行中, 已上线, 无更新) for a note, not a person", () => {
    const result = read("### 专家问答二期(进行中)\n- 计划\n  12月20日上线\n### 首页改版（李林）\n- 计划\n  12月30日上线\n");
    expect(result.entries.map((e) => [e.initiative, e.owner])).toEqual([
      ["专家问答二期", null],
      ["首页改版", "李林"],
    ]);
  });

  it("takes a stage or kind of work in brackets (二期, 重构, 灰度) for a note, not a person", () => {
    const result = read(
      "### 专家问答（二期）\n- 计划\n  12月20日上线\n### 支付网关（重构）\n- 计划\n  12月30日上线\n### 收银台改版（灰度）\n- 计划\n  12月31日全量\n",
    );
    expect(result.entries.map((e) => [e.initiative, e.owner])).toEqual([
      ["专家问答", null],
      ["支付网关", null],
      ["收银台改版", null],
    ]);
  });
});

describe("a heading whose items only tell its state", () => {
  it("reads `- 进度 30%` and `- 12/20 上线` under a heading as the heading's work, not as works named by them", () => {
    const result = read("## 清算系统\n- 进度 30%，12/20 上线\n\n## 对账平台\n- 进度 50%\n- 12/25 提测\n\n## 结算中心\n- 12/28 上线\n");
    expect(result.entries.map((e) => [e.initiative, e.progress])).toEqual([
      ["清算系统", 30],
      ["对账平台", 50],
      ["结算中心", null],
    ]);
    expect(milestones(result, "对账平台")).toEqual([["提测", "2024-12-25", "planned"]]);
  });

  it("still lists events that a time opens and a name follows as works of their own", () => {
    const result = read("## 近期活动\n- 12月24日下午3点东亚时区双周同步会\n- 12月27日 开发者大会在深圳举行\n");
    expect(result.entries).toHaveLength(2);
  });
});

describe("line breaks typed as <br>", () => {
  it("reads the statements a <br> separates in a table cell apart, and drops it from names", () => {
    const result = read(
      "| 项目 | 进展 | 计划 |\n| --- | --- | --- |\n| 支付网关 | 联调完成<br>进度60% | 11/28提测<br/>12/5上线 |\n" +
        "| 风控平台<br/>（张三） | 需求评审 | 12/10上线 |\n\n## 清算系统<br/>\n- 进度 30%，12/20 上线\n",
    );
    expect(result.entries.map((e) => [e.initiative, e.owner, e.progress])).toEqual([
      ["支付网关", null, 60],
      ["风控平台", "张三", null],
      ["清算系统", null, 30],
    ]);
    expect(milestones(result, "支付网关")).toEqual([
      ["提测", "2024-11-28", "planned"],
      ["上线", "2024-12-05", "planned"],
    ]);
  });

  it("keeps other markup in a name as text (shown escaped), and a bracketed state in a table cell as a note", () => {
    const result = read(
      "| 项目 | 计划 |\n| --- | --- |\n| 清算系统（进行中） | 12/20上线 |\n| mip-video（HTTP）播放 | 12/22上线 |\n\n## <b>对账</b>平台\n- 12/25 提测\n",
    );
    expect(names(result)).toEqual(["清算系统", "mip-video（HTTP）播放", "<b>对账</b>平台"]);
  });
});

describe("headings over prose, as reports written in Word are", () => {
  it("reads a heading whose paragraph says when or how far as a piece of work", () => {
    const result = read("## 一、支付网关\n\n本周完成联调，进度80%，预计12/5上线。\n\n## 二、风控规则引擎\n\n已于11/20上线。\n");
    expect(result.entries.map((e) => [e.initiative, e.progress])).toEqual([
      ["支付网关", 80],
      ["风控规则引擎", null],
    ]);
    expect(milestones(result, "支付网关")).toEqual([
      ["联调", "2024-12-08", "done"],
      ["上线", "2024-12-05", "planned"],
    ]);
  });

  it("reads no work from headings whose prose gives no day or figure", () => {
    expect(() => read("## 生活\n\n月底的决赛，不知道能否圆梦。\n\n## 感想\n\n收获很多。\n")).toThrow(/没有识别到任何事项/);
  });

  it("keeps a part of a work (beside its 背景 / 进度) a part, whatever figures its prose holds", () => {
    const result = read("## 激发列表情景页\n\n### 背景\n\n提升点击。\n\n### 实验设计\n\n实验组：10%流量\n\n### 进度\n\n12.3已上线模板。\n");
    expect(names(result)).toEqual(["激发列表情景页"]);
  });
});

describe("a name in 【】 opening an item", () => {
  it("names the item as `名称：` would, and stays out of its milestones' titles", () => {
    const result = read(
      "- 【支付网关】完成联调（11/20），计划12/5上线\n- 【风控引擎】进度60%，12/10提测\n- 【已完成】对账平台上线（11/22）\n",
    );
    expect(result.entries.map((e) => [e.initiative, e.progress])).toEqual([
      ["支付网关", null],
      ["风控引擎", 60],
      ["对账平台上线", null],
    ]);
    expect(milestones(result, "支付网关")).toEqual([
      ["联调", "2024-11-20", "done"],
      ["上线", "2024-12-05", "planned"],
    ]);
  });

  it("reads a bold 【名称】 line with its figure as the name of the list below it", () => {
    const result = read("**【支付网关】** 进度 85%\n- 12/10 完成压测\n- 12/17 上线\n\n**【清结算】** 进度 30%\n- 12/20 完成方案评审\n");
    expect(result.entries.map((e) => [e.initiative, e.progress])).toEqual([
      ["支付网关", 85],
      ["清结算", 30],
    ]);
    expect(milestones(result, "支付网关")).toEqual([
      ["压测", "2024-12-10", "planned"],
      ["上线", "2024-12-17", "planned"],
    ]);
  });
});

describe("owners and figures written around a label", () => {
  it("takes the person in brackets before a label's colon for the item's owner", () => {
    const result = read("## 本周进展\n1. 支付网关（张三）：联调完成，进度80%，12/8上线\n2. 数据中台（重构）：12/20评审\n");
    expect(result.entries.map((e) => [e.initiative, e.owner])).toEqual([
      ["支付网关", "张三"],
      ["数据中台", null],
    ]);
  });

  it("reads a figure after a bold label (**进度**：80%)", () => {
    const result = read("### 支付网关\n**进度**：80%\n**下周计划**：12/8上线\n");
    expect(result.entries.map((e) => [e.initiative, e.progress])).toEqual([["支付网关", 80]]);
  });
});

describe("milestone tables as teams keep them", () => {
  it("reads a row with an empty name cell (a merged cell) as more of the work above, and the actual day over the planned one", () => {
    const result = read(
      "| 项目 | 里程碑 | 计划时间 | 实际时间 | 状态 |\n|---|---|---|---|---|\n" +
        "| 会员体系升级 | 设计评审 | 11/20 | 11/21 | 完成 |\n|  | 提测 | 12/9 |  | 进行中 |\n|  | 上线 | 12/16 |  | 未开始 |\n" +
        "| 搜索推荐优化 | 上线 | 11/21 | 11/22 | 完成 |\n",
    );
    expect(names(result)).toEqual(["会员体系升级", "搜索推荐优化"]);
    expect(milestones(result, "会员体系升级")).toEqual([
      ["设计评审", "2024-11-21", "done"],
      ["提测", "2024-12-09", "planned"],
      ["上线", "2024-12-16", "planned"],
    ]);
    expect(milestones(result, "搜索推荐优化")).toEqual([["上线", "2024-11-22", "done"]]);
  });

  it("reads a passed date whose row says 延期 as missed, not reached; with a progress figure, by the figure", () => {
    const result = read(
      "| 项目 | 负责人 | 里程碑 | 计划日期 | 状态 |\n|---|---|---|---|---|\n" +
        "| 电子合同 | 张三 | 需求评审 | 11/25 | 已完成 |\n| 智能推荐 | 李四 | 灰度 | 12/05 | 延期 |\n",
    );
    expect(milestones(result, "电子合同")).toEqual([["需求评审", "2024-11-25", "done"]]);
    expect(milestones(result, "智能推荐")).toEqual([["灰度", "2024-12-05", "at_risk"]]);
    const measured = read("| 项目 | 节点 | 计划日期 | 进度 | 状态 |\n|---|---|---|---|---|\n| 社区公示 | 公示 | 11/25 | 100% | 滞后 |\n");
    expect(milestones(measured, "社区公示")?.map((m) => m[2])).toEqual(["done"]);
  });

  it("reads a plan table (模块 | 任务 | 开始时间 | 结束时间 | 进度): the task is the work, the module its group, a passed start reached", () => {
    const result = read(
      "| 模块 | 任务 | 负责人 | 开始时间 | 结束时间 | 进度 |\n| --- | --- | --- | --- | --- | --- |\n" +
        "| 支付 | 收银台改版 | 张三 | 11/18 | 12/20 | 60% |\n|  | 退款优化 | 李四 | 11/25 | 12/16 | 30% |\n| 会员 | 积分商城 | 王五 | 12/02 | 12/27 | 10% |\n",
    );
    expect(result.entries.map((e) => [e.group, e.initiative, e.owner, e.progress])).toEqual([
      ["支付", "收银台改版", "张三", 60],
      ["支付", "退款优化", "李四", 30],
      ["会员", "积分商城", "王五", 10],
    ]);
    expect(milestones(result, "收银台改版")?.map((m) => [m[1], m[2]])).toEqual([
      ["2024-11-18", "done"],
      ["2024-12-20", "planned"],
    ]);
  });

  it("leaves a tick out of a milestone's title", () => {
    const result = read("### 会员体系升级\n- 关键节点：\n  - 11/20 完成设计评审 ✅\n  - 12/9 提测\n");
    expect(milestones(result, "会员体系升级")?.[0]).toEqual(["设计评审完成", "2024-11-20", "done"]);
  });
});

describe("items written with spaces between their facts", () => {
  it("titles `会员体系升级 65% 11/29提测 12/6上线` by its events, not by the name, the figure or the event before", () => {
    const result = read("- 会员体系升级 65% 12/9提测 12/16上线\n- 搜索推荐优化 100% 12/2已上线\n");
    expect(milestones(result, "会员体系升级")).toEqual([
      ["提测", "2024-12-09", "planned"],
      ["上线", "2024-12-16", "planned"],
    ]);
    expect(milestones(result, "搜索推荐优化")).toEqual([["上线", "2024-12-02", "done"]]);
  });

  it("leaves a figure of progress said before the date (`完成联调 进度80% 12/10提测`) and the statement before it out of the title", () => {
    const result = read(
      "- 支付网关：完成联调 进度80% 12/10提测\n- 风控平台：规则评审 进度 30% 12/20 灰度\n\n" +
        "| 项目 | 进展 |\n| --- | --- |\n| 清算系统 | 完成联调<br>完成度 60% 12/18上线 |\n",
    );
    expect(result.entries.map((e) => [e.initiative, e.progress, e.milestones.map((m) => `${m.date} ${m.title}`)])).toEqual([
      ["支付网关", 80, ["2024-12-10 提测"]],
      ["风控平台", 30, ["2024-12-20 灰度"]],
      ["清算系统", 60, ["2024-12-18 上线"]],
    ]);
  });
});

describe("a project laid out as a form", () => {
  const FORM = [
    ["项目：统一认证平台", "进度：75%", "里程碑：12月15日完成SSO接入，12月30日全量上线", "负责人：陈晨"],
    ["项目：日志平台", "进度：40%", "里程碑：1月5日完成存储迁移", "负责人：周涛"],
  ];
  const expected = [
    [
      "统一认证平台",
      "陈晨",
      75,
      [
        ["SSO接入", "2024-12-15", "planned"],
        ["全量上线", "2024-12-30", "planned"],
      ],
    ],
    ["日志平台", "周涛", 40, [["存储迁移", "2025-01-05", "planned"]]],
  ];
  const summary = (result: ExtractionResult) =>
    result.entries.map((e) => [e.initiative, e.owner, e.progress, e.milestones.map((m) => [m.title, m.date, m.state])]);

  it("names each project by its name field, with the fields after it (the owner's too) as its lines", () => {
    expect(summary(read(FORM.map((block) => block.join("\n")).join("\n\n")))).toEqual(expected);
    // as list items, with the longer labels templates use
    const listed = FORM.map((block) =>
      block
        .map(
          (l) =>
            `- ${l
              .replace(/^项目：/, "项目名称：")
              .replace(/^进度：/, "当前进度：")
              .replace(/^里程碑：/, "关键节点：")}`,
        )
        .join("\n"),
    );
    expect(summary(read(listed.join("\n\n")))).toEqual(expected);
    // under a bold name field, and inside a numbered list
    const numbered = FORM.map((block, i) =>
      [`${i + 1}. **项目名称**：${block[0]!.slice(3)}`, ...block.slice(1).map((l) => `   ${l}`)].join("\n"),
    );
    expect(summary(read(numbered.join("\n")))).toEqual(expected);
  });

  it("reads a heading over a form's fields (阶段, 完成比例, 计划上线) as one work, its owner named in brackets", () => {
    const result = read(
      "## 项目明细\n\n### 1. CRM系统升级（负责人：王芳）\n- 当前阶段：开发\n- 完成比例：55%\n- 计划上线：2024年12月25日\n" +
        "- 本周进展：完成客户画像模块开发\n- 存在问题：第三方接口文档不全\n\n" +
        "### 2. 供应链平台（负责人：刘洋）\n- 当前阶段：测试\n- 完成比例：90%\n- 计划上线时间：2024年12月12日\n- 本周进展：完成回归测试\n",
    );
    expect(summary(result)).toEqual([
      ["CRM系统升级", "王芳", 55, [["上线", "2024-12-25", "planned"]]],
      ["供应链平台", "刘洋", 90, [["上线", "2024-12-12", "planned"]]],
    ]);
  });

  it("takes a heading's 负责人：line for its owner, bold or not", () => {
    const result = read("### 电子合同 【进行中】\n**负责人**：张三\n**进度**：60%\n**下周计划**：12月10日开发完成，12月20日上线\n");
    expect(result.entries.map((e) => [e.initiative, e.owner, e.progress])).toEqual([["电子合同", "张三", 60]]);
  });

  it("takes a 负责人：paragraph over a heading's list for the owner, never for a work named 负责人", () => {
    const project = read("## 支付网关改造\n负责人：张三\n- 12月13日提测\n- 进度 60%\n");
    expect(summary(project)).toEqual([["支付网关改造", "张三", 60, [["提测", "2024-12-13", "planned"]]]]);
    const group = read("## 会员中心\n**负责人**：李四\n- 积分商城：12/18上线\n- 报表导出：进度50%\n");
    expect(group.entries.map((e) => [e.group, e.initiative, e.owner, e.progress])).toEqual([
      ["会员中心", "积分商城", "李四", null],
      ["会员中心", "报表导出", "李四", 50],
    ]);
  });

  it("leaves a heading's items after the form to the heading", () => {
    const result = read(`${FORM[0]!.join("\n")}\n\n## 其他事项\n- 报表平台：12月10日上线`);
    expect(names(result)).toEqual(["统一认证平台", "报表平台"]);
  });
});

describe("a quote under a heading", () => {
  it("reads quoted status fields (> 上线时间：, > 进度：, > 负责人：) as the heading's, and no note or citation as work", () => {
    const result = read(
      "## 支付网关改造\n> 上线时间：2024-12-20\n> 进度：60%\n> 注：12月1日前的数据来自灰度，已于12月2日上线修正\n\n" +
        "## 会员中心\n> 状态：进行中\n> 负责人：李四\n> 12月13日提测，进度40%\n",
    );
    expect(result.entries.map((e) => [e.initiative, e.owner, e.progress, e.milestones.map((m) => [m.title, m.date, m.state])])).toEqual([
      ["支付网关改造", null, 60, [["上线", "2024-12-20", "planned"]]],
      ["会员中心", "李四", 40, [["提测", "2024-12-13", "planned"]]],
    ]);
    const cited = read("## 本周工作\n> —— 摘自《运营周报》，12月2日上线\n- 订单中心：12/13提测\n");
    expect(cited.entries.map((e) => [e.group, e.initiative, e.milestones.length])).toEqual([["本周工作", "订单中心", 1]]);
  });
});

describe("a month in a name", () => {
  it("reads 11月报表, 12月版本 as names of things, not as dates; 11月底上线 and 11月完成 stay dates", () => {
    const result = read(
      "- 财务对账：完成11月报表核对\n- 12月版本：已提测，12/20发布\n- 数据平台11月账单导出，12/10上线\n- 报表平台：11月底上线\n",
    );
    expect(result.entries.map((e) => [e.initiative, e.milestones.map((m) => [m.title, m.date, m.state])])).toEqual([
      ["财务对账", []],
      ["12月版本", [["发布", "2024-12-20", "planned"]]],
      ["数据平台11月账单导出", [["上线", "2024-12-10", "planned"]]],
      ["报表平台", [["上线", "2024-11-30", "done"]]],
    ]);
  });
});

describe("a table pasted from a spreadsheet", () => {
  it("reads rows of tab-separated cells as a table whose first row is its header", () => {
    const result = read(
      "项目名称\t负责人\t进度\t计划上线时间\t本周进展\n" +
        "智能客服二期\t王磊\t60%\t2024-12-20\t完成意图识别模型训练\n" +
        "报表平台\t李娜\t80%\t2024/12/13\t完成权限改造\n",
    );
    expect(result.entries.map((e) => [e.initiative, e.owner, e.progress])).toEqual([
      ["智能客服二期", "王磊", 60],
      ["报表平台", "李娜", 80],
    ]);
    expect(milestones(result, "报表平台")).toEqual([["上线", "2024-12-13", "planned"]]);
  });

  it("leaves a numbered list copied from Word (a tab after each number) a list", () => {
    const result = read("1.\t订单中心：12月13日提测\n2.\t会员积分：进度40%\n1.1\t数据中台：12/20上线\n");
    expect(names(result)).toEqual(["订单中心", "会员积分", "数据中台"]);
  });
});

describe("a report pasted as plain text", () => {
  it("reads a short line standing alone over a list as the list's name, as a bold line", () => {
    const result = read(
      "本周主要工作如下\n\n订单中心\n- 本周：完成库存联调\n- 下周：12/13 提测\n- 进度：70%\n\n会员积分\n- 本周：积分过期策略评审\n- 下周：12/12 灰度\n",
    );
    expect(result.entries.map((e) => [e.initiative, e.progress])).toEqual([
      ["订单中心", 70],
      ["会员积分", null],
    ]);
    expect(milestones(result, "会员积分")).toEqual([["灰度", "2024-12-12", "planned"]]);
  });

  it("leaves a line that continues the item above it, or gives a label's value, to that item", () => {
    const result = read(
      "### 话费充值\n- 收益\n\n提升用户体验\n\n- 完成情况\n  * 12月2日 上线\n- 进度：50%\n继续观察\n- 计划\n  * 12月9日 全量\n",
    );
    expect(names(result)).toEqual(["话费充值"]);
    // nor is the report's own title, written as a plain line, a group
    const titled = read("技术部周报（12.2-12.6）\n\n- 订单中心：12/13提测\n\n基础架构组周报\n\n- 会员积分：12/12灰度\n");
    expect(titled.entries.map((e) => [e.group, e.initiative])).toEqual([
      ["", "订单中心"],
      ["", "会员积分"],
    ]);
  });
});

describe("week tags before a clause", () => {
  it("reads 【本周】/【下周】 as the tense of the clause: the day written after the tag is its day", () => {
    const result = read("1. 订单中心：【本周】完成联调；【下周】12/13提测，12/20上线\n2. 会员积分：【本周】策略评审；下周：12/12灰度\n");
    expect(milestones(result, "订单中心")).toEqual([
      ["联调", "2024-12-08", "done"],
      ["提测", "2024-12-13", "planned"],
      ["上线", "2024-12-20", "planned"],
    ]);
    expect(milestones(result, "会员积分")).toEqual([
      ["策略评审", "2024-12-08", "done"],
      ["灰度", "2024-12-12", "planned"],
    ]);
  });
});

describe("numbers and keys before a name", () => {
  it("nests `1.1 名称：…` under `1. 产品线`, which then groups them", () => {
    const result = read(
      "1. 支付产品线\n1.1 收银台改版：12月10号提测，进度50%\n1.2 退款优化：周五(12/13)上线\n2. 会员产品线\n2.1 积分商城：12.18号发布\n",
    );
    expect(result.entries.map((e) => [e.group, e.initiative])).toEqual([
      ["支付产品线", "收银台改版"],
      ["支付产品线", "退款优化"],
      ["会员产品线", "积分商城"],
    ]);
  });

  it("titles a due-date field (截止：, 截止日期：, DDL：, deadline:) by the event after it, else 完成, never by a word before it", () => {
    const result = read(
      "- [PAY-123] 退款流程优化 - 状态：进行中 - 截止：2024-12-20\n- 对账文件下载，截止日期：12/10\n" +
        "- 风控规则配置 DDL：12/12\n- 数据迁移 deadline: 12/18\n- 支付网关：完成联调，截止：12/20上线\n",
    );
    expect(result.entries.map((e) => [e.initiative, e.milestones.map((m) => [m.title, m.date, m.state])])).toEqual([
      ["退款流程优化", [["完成", "2024-12-20", "planned"]]],
      ["对账文件下载", [["对账文件下载完成", "2024-12-10", "planned"]]],
      ["风控规则配置", [["完成", "2024-12-12", "planned"]]],
      ["数据迁移", [["完成", "2024-12-18", "planned"]]],
      ["支付网关", [["上线", "2024-12-20", "planned"]]],
    ]);
  });

  it("reads past a key result's number (KR1：) and an issue key ([PAY-123]) to the name, and fields after ` - `", () => {
    const okr = read("## O1：提升交易转化\n- KR1：收银台改版上线（进度 60%），计划12月20日全量\n- KR2：会员积分改版，12月12日灰度\n");
    expect(okr.entries.map((e) => [e.group, e.initiative, e.progress])).toEqual([
      ["提升交易转化", "收银台改版上线", 60],
      ["提升交易转化", "会员积分改版", null],
    ]);
    const jira = read("- [PAY-123] 退款流程优化 - 状态：进行中 - 截止：12/10\n- [PAY-130] 对账文件下载 - 状态：已完成 - 完成：12/4\n");
    expect(names(jira)).toEqual(["退款流程优化", "对账文件下载"]);
    // one number is numbering: a run of them names nothing, and is read without recursing through it
    expect(() => read(`- ${"KR1：".repeat(30_000)}收银台 12/10 上线\n`)).not.toThrow();
    expect(jira.entries.map((e) => e.milestones.map((m) => [m.date, m.state]))).toEqual([
      [["2024-12-10", "planned"]],
      [["2024-12-04", "done"]],
    ]);
  });
});

describe("quick notes as people type them", () => {
  it("reads `11.11号` as the date, leaving 号 out of the title", () => {
    const result = read("## 度量衡模板栅格化\n\n### 完成情况\n\n涉及模板converter、conv，11.11号全流量上线\n", "2015-11-13");
    expect(milestones(result, "度量衡模板栅格化")).toEqual([["全流量上线", "2015-11-11", "done"]]);
  });

  it("leaves a tracker's ticket (`[bug 608]`, `[禅道 1822]`) out of the item's name", () => {
    const result = read(
      "## 多窗口\n\n- [bug 608] 升级之后消息，微信顶端会下沉 （陈鹏 4-28）\n- [禅道 1822] powerpoint中播放视频，视频窗口透明-----100%\n",
    );
    expect(names(result)).toEqual(["升级之后消息", "powerpoint中播放视频"]);
  });

  it("reads no work in a Markdown link reference definition (`[id]: https://…`)", () => {
    const result = read(
      "## 包管理器\n\n0.29.0 已于今日发布，见 [GitHub Releases][gh]。\n\n" +
        "[gh]: https://github.com/ruyisdk/ruyi/releases/tag/0.29.0\n[mirror]: https://mirror.iscas.ac.cn/ruyisdk/\n",
      "2025-03-11",
    );
    expect(names(result)).toEqual(["包管理器"]);
    expect(milestones(result, "包管理器")).toEqual([["发布", "2025-03-11", "done"]]);
  });

  it("reads a due-date field (`预计时间:`, `截止时间：`) as the work's completion", () => {
    const result = read("## 积分统计管理\n\n状态: 开发中\n\n预计时间: 6月10号左右\n\n## 权限改造\n\n- 截止时间：6月12日\n", "2016-06-03");
    expect(milestones(result, "积分统计管理")).toEqual([["完成", "2016-06-10", "planned"]]);
    expect(milestones(result, "权限改造")).toEqual([["完成", "2016-06-12", "planned"]]);
  });

  it("gives a bare day on the next line the month of the full date written just above it", () => {
    const result = read("## 音乐精准需求\n\n### 完成情况\n\n5月26日提测。\n27日测试反馈，修复。\n6月1日上线\n", "2016-06-03");
    const dates = milestones(result, "音乐精准需求")?.map(([, date, state]) => [date, state]);
    expect(dates).toEqual([
      ["2016-05-26", "done"],
      ["2016-05-27", "done"],
      ["2016-06-01", "done"],
    ]);
  });
});

describe("a new date with its old one said after it", () => {
  it("reads 12/13上线（原计划11/29） as one milestone moved from its baseline, in a line and in a table's date cell", () => {
    const result = read(
      "- OA迁移：延期至12/13完成（原定11/29）\n- 电子签章：12/13上线，原计划11/29\n- 发票中台：11/20已提测，原定11/29上线\n\n" +
        "| 项目 | 预计完成时间 |\n| --- | --- |\n| 数据治理 | 2024/12/13（原定11/29） |\n",
    );
    expect(result.entries.map((e) => [e.initiative, e.milestones.map((m) => [m.title, m.date, m.baselineDate])])).toEqual([
      ["OA迁移", [["完成", "2024-12-13", "2024-11-29"]]],
      ["电子签章", [["上线", "2024-12-13", "2024-11-29"]]],
      [
        "发票中台",
        [
          ["提测", "2024-11-20", null],
          ["上线", "2024-11-29", "2024-11-29"],
        ],
      ],
      ["数据治理", [["完成", "2024-12-13", "2024-11-29"]]],
    ]);
  });
});

describe("how much is done, after the name", () => {
  it("names `推送 SDK 升级完成 50%` 推送 SDK 升级, so next week's `推送 SDK 升级 12.13 完成` is the same work", () => {
    const result = read("本周：\n1. 推送 SDK 升级完成 50%\n2. 日志平台已完成 80%\n\n下周：\n1. 推送 SDK 升级 12.13 完成\n");
    expect(result.entries.map((e) => [e.initiative, e.progress, e.milestones.map((m) => m.date)])).toEqual([
      ["推送 SDK 升级", 50, ["2024-12-13"]],
      ["日志平台", 80, []],
    ]);
  });
});

describe("a person's part split by week", () => {
  it("makes the person under `## 张三` / 本周： / 下周： the owner of the work listed", () => {
    const result = read(
      "## 张三\n本周：\n1. 订单页改版，已提测\n下周：\n1. 订单页改版 12.11 上线\n\n## 李四\n本周：\n1. 推送 SDK 升级完成 50%\n",
    );
    expect(result.entries.map((e) => [e.initiative, e.owner])).toEqual([
      ["订单页改版", "张三"],
      ["推送 SDK 升级", "李四"],
    ]);
  });
});

describe("a date moved without an event word", () => {
  it("reads 搬迁时间由12月7日推迟至12月21日 as 搬迁 moved from its baseline, and a date merely from which (从12月9日起) as none", () => {
    const result = read("- 机房搬迁：搬迁时间由12月7日推迟至12月21日\n- 值班安排从12月9日起调整\n- 数据平台：原定12月5日，现待定\n");
    expect(result.entries.flatMap((e) => e.milestones.map((m) => [e.initiative, m.title, m.date, m.baselineDate]))).toEqual([
      ["机房搬迁", "搬迁", "2024-12-21", "2024-12-07"],
    ]);
  });
});

describe("a report written as public bodies write one", () => {
  it("reads （一） headings over indented prose: progress as 总体进度的65%, dates of 出具 and 搬迁, the name without 完成总体", () => {
    const result = read(
      [
        "一、重点工作进展",
        "（一）智慧校园二期项目",
        "　　1.统一身份认证系统已完成部署，12月4日起试运行。",
        "　　2.数据中台建设完成总体进度的65%，计划12月20日前完成数据治理模块验收。",
        "（二）网络安全等级保护测评",
        "　　测评机构已进场，预计12月13日出具测评报告。",
        "（三）机房搬迁",
        "　　因供电改造延期，搬迁时间由12月7日推迟至12月21日。",
      ].join("\n"),
    );
    expect(result.entries.map((e) => [e.initiative, e.progress, e.milestones.map((m) => [m.date, m.state, m.baselineDate])])).toEqual([
      ["统一身份认证系统", null, [["2024-12-04", "done", null]]],
      ["数据中台建设", 65, [["2024-12-20", "planned", null]]],
      ["网络安全等级保护测评", null, [["2024-12-13", "planned", null]]],
      ["机房搬迁", null, [["2024-12-21", "planned", "2024-12-07"]]],
    ]);
  });
});

describe("versions that look like days", () => {
  it("reads the number a thing is upgraded to (升级到 1.28, 升至 2.3) as a version, and 12.11 灰度 as a day", () => {
    const result = read("- K8s 集群升级：完成测试集群升级到 1.28，网关升至 2.3；12.11 灰度升级生产集群\n");
    expect(milestones(result, "K8s 集群升级")?.map(([, date]) => date)).toEqual(["2024-12-11"]);
  });
});

describe("a report that is one project's milestone table", () => {
  it("reads the table's milestones as the work its title names, and still nothing when the title names none", () => {
    const table =
      "| 里程碑 | 计划完成时间 | 实际完成时间 | 状态 |\n|---|---|---|---|\n" +
      "| 需求确认 | 2024-10-15 | 2024-10-18 | 已完成 |\n| 系统联调 | 2024-12-20 | | 未开始 |\n";
    const result = extractReport(`# 智慧园区平台项目周报 2024-12-06\n\n${table}`, {});
    expect(result.entries.map((e) => [e.initiative, e.milestones.map((m) => [m.title, m.date, m.state])])).toEqual([
      [
        "智慧园区平台项目",
        [
          ["需求确认", "2024-10-18", "done"],
          ["系统联调", "2024-12-20", "planned"],
        ],
      ],
    ]);
    expect(() => extractReport(`# 周报 2024-12-06\n\n${table}`, {})).toThrow(/没有识别到任何事项/);
  });
});
