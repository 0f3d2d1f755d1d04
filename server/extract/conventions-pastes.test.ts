// Conventions of report shapes pasted from 飞书 / 钉钉 / Notion documents and team rolls: status marks
// beside names, per-person parts over several projects, progress written as a change, tables with a
// blank header row, struck-through plans.
import { describe, expect, it } from "vitest";
import { milestones, names, readBody as read } from "../testing/short-report";

const owners = (body: string) => read(body).entries.map((e) => [e.initiative, e.owner ?? null]);

describe("a team's report grouped by person, each over several projects", () => {
  it("gives the projects written as headings under `## 张三` their person as owner", () => {
    expect(
      owners(
        "## 张三\n### 支付系统\n- 完成退款接口开发\n- 12/10提测\n### 账户系统\n- 进度60%，预计12/20上线\n\n## 李四\n### 清算系统\n- 12/4已上线\n",
      ),
    ).toEqual([
      ["支付系统", "张三"],
      ["账户系统", "张三"],
      ["清算系统", "李四"],
    ]);
  });

  it("reads `张三：` over a numbered list, beside other people's, as the person's part, not a work named 张三", () => {
    const body =
      "张三：\n1. 支付系统：完成退款接口开发，12/10提测\n2. 账户系统：进度60%，预计12/20上线\n\n李四：\n1. 清算系统：12/4已上线\n";
    expect(owners(body)).toEqual([
      ["支付系统", "张三"],
      ["账户系统", "张三"],
      ["清算系统", "李四"],
    ]);
    expect(milestones(read(body), "支付系统")).toEqual([["提测", "2024-12-10", "planned"]]);
    // a label that opens with a surname character among labels of work (`金融：` beside `支付：`, `运维：`) is no person
    const areas = "支付：\n1. 收银台：12/10提测\n\n金融：\n1. 理财：12/4已上线\n\n运维：\n1. 机房：12/5已搬迁\n";
    expect(owners(areas).map(([, owner]) => owner)).toEqual([null, null, null]);
  });
});

describe("status marks after a name", () => {
  it("leaves an emoji written after the name (`搜索推荐 ⚠️：`, `指标体系 @李四 🟡`) out of it", () => {
    const result = read("## 进展\n- 搜索推荐 ⚠️：12/10灰度\n- 指标体系 @李四 🟡：12/13上线\n- 会员积分 ✅ 已完成\n");
    expect(names(result)).toEqual(["搜索推荐", "指标体系", "会员积分"]);
    expect(milestones(result, "搜索推荐")).toEqual([["灰度", "2024-12-10", "planned"]]);
  });
});

describe("the 钉钉 周报 template's fields written as labels", () => {
  it("reads `本周完成工作：` as the week's done work and `需协调帮助与支持：` as its asks, neither as a piece of work", () => {
    const result = read(
      "本周完成工作：\n1、完成订单导出功能开发并上线（12/3）\n2、修复支付回调偶发失败问题\n\n" +
        "下周工作计划：\n1、会员等级改版提测（12/10）\n\n需协调帮助与支持：\n1、测试环境资源不足\n\n需协调与帮助：\n- 无\n",
    );
    expect(names(result)).toEqual(["订单导出功能开发并上线", "修复支付回调偶发失败问题", "会员等级改版提测"]);
    expect(milestones(result, "订单导出功能开发并上线")).toEqual([["上线", "2024-12-03", "done"]]);
  });
});

const progress = (line: string) => read(`## 进展\n- 财务系统：${line}\n`).entries[0]?.progress ?? null;

describe("progress written as a change or a bar", () => {
  it("takes the last figure of a change (`进度 50%→70%`, `进度由40%提升至65%`, `进度更新至85%`) as the work's progress", () => {
    expect(progress("进度 50%→70%")).toBe(70);
    expect(progress("完成度60% -> 80%，12/20上线")).toBe(80);
    expect(progress("进度由40%提升至65%")).toBe(65);
    expect(progress("进度从40%到65%")).toBe(65);
    expect(progress("进度更新至85%")).toBe(85);
    // a date after 至 is no figure
    expect(progress("完成60%，至12/20")).toBe(60);
  });

  it("reads the figure after a bar of blocks (`进度条 ████░░ 60%`)", () => {
    expect(progress("进度条 ████░░ 60%")).toBe(60);
  });

  it("reads a week right before a figure (`（上周 30%）`) as the figure's time, no milestone, and a digit before a counter as a count", () => {
    const result = read("## 进展\n- 财务系统：开发进度 40%（上周 30%）\n- 报表系统：本周5个需求上线\n- 账户系统：下周3上线\n");
    expect(result.entries[0]?.progress).toBe(40);
    expect(milestones(result, "财务系统")).toEqual([]);
    expect(milestones(result, "报表系统")?.map(([, date]) => date)).toEqual(["2024-12-08"]);
    expect(milestones(result, "账户系统")).toEqual([["上线", "2024-12-11", "planned"]]);
  });
});

describe("tables pasted from documents", () => {
  it("takes the row under a blank header (`| | | |`, as a converted 飞书 or Word table has) or under a title row as the header", () => {
    const rows = "| 项目 | 负责人 | 进度 | 计划上线 |\n| 容器平台 | 张三 | 60% | 12/13 |\n| 统一网关 | 李四 | 100% | 12/4 |\n";
    for (const table of [
      `| | | | |\n|---|---|---|---|\n${rows}`,
      `| 重点项目进展 | | | |\n${rows.replace("\n", "\n|---|---|---|---|\n")}`,
    ]) {
      const result = read(`## 重点项目\n${table}`);
      expect(result.entries.map((e) => [e.initiative, e.owner, e.progress])).toEqual([
        ["容器平台", "张三", 60],
        ["统一网关", "李四", 100],
      ]);
      expect(milestones(result, "容器平台")).toEqual([["上线", "2024-12-13", "planned"]]);
    }
    // a blank header over figures stays a table of figures
    expect(names(read("## 环境\n| | |\n|---|---|\n| 编译器 | gcc12 |\n| commit | b2daf0a |\n\n## 进展\n- 支付上线：12/10\n"))).toEqual([
      "支付上线",
    ]);
  });

  it("names each row's milestone by its 里程碑 column wherever it stands (`日期 | 里程碑 | 项目 | 状态 | 负责人`), its 状态 the milestone's", () => {
    const result = read(
      "## 里程碑\n| 日期 | 里程碑 | 项目 | 状态 | 负责人 |\n|---|---|---|---|---|\n" +
        "| 12/3 | 需求评审 | 支付系统 | 已完成 | 张三 |\n| 12/10 | 提测 | 支付系统 | 进行中 | 张三 |\n| 12/20 | 上线 | 账户系统 | 未开始 | 李四 |\n",
    );
    expect(milestones(result, "支付系统")).toEqual([
      ["需求评审", "2024-12-03", "done"],
      ["提测", "2024-12-10", "planned"],
    ]);
    expect(result.entries.map((e) => [e.initiative, e.owner, e.status])).toEqual([
      ["支付系统", "张三", null],
      ["账户系统", "李四", null],
    ]);
  });
});

describe("an owner's mark after the milestone", () => {
  it("leaves `@李四` after the event (`12/13 上线 @李四`, `（@李四）`) out of the milestone's title", () => {
    const result = read("## 下周计划\n- 指标体系：12/13 上线 @李四\n- 数据看板：12/20 上线（@王五）\n");
    expect(milestones(result, "指标体系")).toEqual([["上线", "2024-12-13", "planned"]]);
    expect(milestones(result, "数据看板")).toEqual([["上线", "2024-12-20", "planned"]]);
    expect(result.entries.map((e) => e.owner)).toEqual(["李四", "王五"]);
  });
});

describe("an overview table, then a heading per work", () => {
  it("reads a heading that names a row of the overview table as that work: its bullets are its news", () => {
    const result = read(
      "## 本周概览\n| 项目 | 状态 | 进度 | 关键节点 |\n|---|---|---|---|\n| 反欺诈模型V3 | 正常 | 70% | 12/16 灰度 |\n| 设备指纹 | 有风险 | 50% | 12/20 上线 |\n\n" +
        "## 详细进展\n### 反欺诈模型V3\n- 特征工程完成（12/3）\n- 模型训练中，预计12/11完成离线评估\n\n### 设备指纹\n- SDK 集成完成\n- iOS 端采集率偏低，需优化\n",
    );
    expect(names(result)).toEqual(["反欺诈模型V3", "设备指纹"]);
    expect(milestones(result, "反欺诈模型V3")?.map(([, date]) => date)).toEqual(["2024-12-16", "2024-12-03", "2024-12-11"]);
  });
});

describe("status marks before the bullets under a work's heading", () => {
  it("reads `✅ 已完成…`, `📅 12/20 上线` as news of the heading's work, as without the marks", () => {
    const result = read(
      "## 详细进展\n### 反欺诈模型V3\n- ✅ 已完成特征工程（12/3）\n- 🚧 进行模型训练，预计12/11完成离线评估\n- ⏳ 12/16 灰度\n\n" +
        "### 设备指纹\n- ✅ 完成 SDK 集成\n- 📅 12/20 上线\n",
    );
    expect(names(result)).toEqual(["反欺诈模型V3", "设备指纹"]);
    expect(milestones(result, "设备指纹")).toEqual([["上线", "2024-12-20", "planned"]]);
  });
});

describe("a version written with a space before 版本", () => {
  it("keeps `App 5.2 版本`, `鸿蒙 4.0 版本适配` whole as the name", () => {
    const result = read("## 本周进展\n- App 5.2 版本\n  - 12/9 提测\n- 鸿蒙 4.0 版本适配，12/20完成\n- 完成 SDK 集成\n");
    expect(names(result)).toEqual(["App 5.2 版本", "鸿蒙 4.0 版本适配", "SDK 集成"]);
  });
});

describe("a struck-through date", () => {
  it("reads `~~12/6~~ 12/13上线`, `~~12/6上线~~ 延期至12/13上线`, `上线时间 ~~12/6~~ → 12/13` as a plan moved from the struck day", () => {
    for (const line of ["~~12/6~~ 12/13上线", "~~12/6上线~~ 延期至12/13上线", "上线时间 ~~12/6~~ → 12/13"]) {
      const result = read(`## 本周进展\n- 指标体系：${line}\n`);
      expect(result.entries[0]?.milestones.map((m) => [m.title, m.date, m.state, m.baselineDate])).toEqual([
        ["上线", "2024-12-13", "planned", "2024-12-06"],
      ]);
    }
    // struck alone, it is only written so: no part of the name
    expect(names(read("## 本周进展\n- ~~指标体系：12/20上线~~\n"))).toEqual(["指标体系"]);
  });
});

describe("the state a work is in after its name", () => {
  it("leaves `中` of `规则引擎联调中，…`, `模型训练中，…` out of the name", () => {
    const result = read("## 本周进展\n- 规则引擎联调中，12/13完成联调\n- 模型训练中，预计12/11完成离线评估\n- 开发中心搭建，12/20完成\n");
    expect(names(result)).toEqual(["规则引擎联调", "模型训练", "开发中心搭建"]);
  });
});

describe("a remark on the whole week among the items", () => {
  it("reads `整体进度正常`, `总体进展顺利`, `目前各项目按计划推进` as no work, unless it gives a day", () => {
    const result = read(
      "## 本周进展\n- 支付系统：12/3上线\n- 整体进度正常，风险可控。\n- 总体进展顺利\n- 目前各项目按计划推进\n- 整体迁移方案评审，12/10\n",
    );
    expect(names(result)).toEqual(["支付系统", "整体迁移方案评审"]);
  });
});
