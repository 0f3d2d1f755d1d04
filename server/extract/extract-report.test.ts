import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractReport } from "./extract-report";
import { REPO_ROOT } from "../testing/score-extraction";
import { ExtractionError, type ExtractionResult } from "./types";

const sample = (name: string) => readFileSync(path.join(REPO_ROOT, "samples", name), "utf8");
const entry = (result: ExtractionResult, initiative: string) => {
  const found = result.entries.find((e) => e.initiative === initiative);
  if (!found) throw new Error(`no entry ${initiative}`);
  return found;
};

function errorCode(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    if (!(error instanceof ExtractionError)) throw error;
    expect(error.message).toMatch(/[\u4e00-\u9fff]/);
    return error.code;
  }
}

describe("extractReport on the W47 report", () => {
  const text = sample("reports/2024-W47.md");
  const result = extractReport(text);
  const lines = text.split("\n");

  it("reads the header", () => {
    expect(result).toMatchObject({
      week: "2024-W47",
      reportDate: "2024-11-23",
      reportDateSource: "created",
      title: "2024-W47",
      department: "",
    });
  });

  it("points every milestone and entry at the exact line it was read from", () => {
    for (const e of result.entries) {
      expect(e.source.text).toBe(lines[e.source.line - 1]!.trim());
      expect(e.lines[0]).toEqual(e.source);
      for (const m of e.milestones) {
        expect(m.source.text).toBe(lines[m.source.line - 1]!.trim());
        expect(e.lines.map((l) => l.line)).toContain(m.source.line);
      }
    }
    expect(entry(result, "长沙佣金存管").source).toEqual({
      line: 37,
      text: "2. 长沙佣金存管：需求评审和系统交互链路确认，进度10%，支付11/28上线，业务上线12/5",
    });
    expect(entry(result, "整装与经纪业务接入情况").lines.map((l) => l.line)).toEqual([22, 23, 24]);
  });

  it("splits one sentence into several milestones with stable subjects", () => {
    const milestones = entry(result, "长沙佣金存管").milestones;
    expect(milestones.map((m) => [m.subject, m.event, m.date, m.state])).toEqual([
      ["支付", "上线", "2024-11-28", "planned"],
      ["业务", "上线", "2024-12-05", "planned"],
    ]);
    expect(entry(result, "省心租业务渗透动态").milestones.map((m) => m.title)).toEqual([
      "全国其他城市开放",
      "无单营销方案联调",
      "无单营销方案上线",
    ]);
  });

  it("reads an old date without a new one as at risk, with its reason", () => {
    expect(entry(result, "贝易转-装修存管").milestones).toEqual([
      expect.objectContaining({
        title: "上线",
        subject: "",
        event: "上线",
        date: "2024-12-05",
        state: "at_risk",
        baselineDate: "2024-12-05",
        reason: "双主体需求需要变更方案",
      }),
    ]);
  });

  it("keeps rates, shares and figures out of progress and initiatives", () => {
    expect(entry(result, "实时数仓")).toMatchObject({ progress: 80.4, progressSource: { line: 55 } });
    const names = result.entries.map((e) => e.initiative);
    for (const figures of ["省心租运行概览", "备件对比成功率", "分类准确率", "好店", "重点项目贝易转、好店等跟进"])
      expect(names).not.toContain(figures);
    expect(entry(result, "标准银行账户").status).toBe("paused");
  });
});

describe("extractReport: states in the phrase table (report dated 2024-11-23)", () => {
  const first = (body: string) =>
    extractReport(`# 2024-W47\n\nCreated: 2024年11月23日 09:43\n\n1. 网关：${body}\n`).entries[0]!.milestones[0];
  it.each([
    ["11/21已上线", { date: "2024-11-21", state: "done" }],
    ["原定12/05上线", { date: "2024-12-05", baselineDate: "2024-12-05", state: "at_risk" }],
    ["预计 11/28 上线", { date: "2024-11-28", state: "planned" }],
    ["周四全部修复上线", { date: "2024-11-21", state: "done" }],
    ["12月10日前上线", { date: "2024-12-10", rangeStart: "2024-11-23", state: "planned" }],
    ["预计下周完成", { date: "2024-12-01", rangeStart: "2024-11-25", precision: "week", state: "planned" }],
    ["下周国密局进场检查", { title: "国密局进场检查", subject: "国密局进场", event: "检查" }],
    ["ETA 12/27 提测，1月上旬发布", { subject: "", event: "提测", date: "2024-12-27" }],
  ])("%s", (body, expected) => {
    expect(first(body)).toMatchObject(expected);
  });
});

describe("extractReport: changes of plan", () => {
  const report = (body: string) => `# 2024-W47\n\nCreated: 2024年11月23日 09:43\n\n## 【O1】\n\n${body}\n`;
  const milestonesOf = (body: string) => extractReport(report(body)).entries[0]!.milestones;

  it.each([
    [
      "1. 芝麻免押：花呗扣款延期至11/28上线（支付宝侧接口调整）",
      { subject: "花呗扣款", date: "2024-11-28", state: "planned", baselineDate: null, reason: "支付宝侧接口调整" },
    ],
    [
      "1. 告警平台：因依赖的消息队列集群扩容，上线时间由12/12调整为12/19。",
      { event: "上线", date: "2024-12-19", state: "planned", baselineDate: "2024-12-12", reason: "依赖的消息队列集群扩容" },
    ],
    [
      "1. SDK：原计划12/10发布，延期至12月下旬",
      { event: "发布", date: "2024-12-31", rangeStart: "2024-12-21", precision: "xun", state: "planned", baselineDate: "2024-12-10" },
    ],
    ["1. 装修存管：上线时间调整为12/26", { subject: "", event: "上线", date: "2024-12-26", state: "planned" }],
    ["1. 交行直联：开发进度85%，银行侧排期调整，预计12月10日前上线。", { date: "2024-12-10", reason: "银行侧排期调整" }],
    ["1. 整装装修贷：理房通11/21已上线", { subject: "理房通", date: "2024-11-21", state: "done" }],
    ["1. 芝麻免押：花呗扣款11/21上线", { state: "done" }],
    ["1. 存管：开户记账周二顺利上线完成", { date: "2024-11-19", state: "done", event: "上线" }],
    ["1. 网关：12/20上线存在风险", { state: "at_risk" }],
    [
      "1. Push通道：原定12/15切换，因厂商SDK兼容问题推迟至12/25",
      { date: "2024-12-25", baselineDate: "2024-12-15", reason: "厂商SDK兼容问题" },
    ],
  ])("%s", (body, expected) => {
    const [first] = milestonesOf(body);
    expect(first).toMatchObject(expected);
  });
});

describe("extractReport: refusals", () => {
  it.each([
    ["", "empty"],
    ["   \n\n", "empty"],
    ["PK\u0003\u0004\u0000\u0000binary", "binary"],
    ["\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD", "binary"],
    ["# 周报\n\n1. 支付网关：12/5上线", "no_date"],
    ["# 2024-W47\n\n只是一段文字，没有条目。", "no_entries"],
    ["# 2024-W47\n\n## 指标\n\n- 成功率：99.9%", "no_entries"],
  ])("refuses %j as %s", (text, code) => {
    expect(errorCode(() => extractReport(text))).toBe(code);
  });

  it("refuses input above maxBytes and accepts it with a larger limit", () => {
    const text = `# 2024-W47\n\n1. 支付网关：12/5上线\n${"- 备注\n".repeat(200)}`;
    expect(errorCode(() => extractReport(text, { maxBytes: 1000 }))).toBe("too_large");
    expect(errorCode(() => extractReport(text, { maxBytes: 10_000 }))).toBeNull();
  });

  it("uses the reference date only when the report has none, and checks its format", () => {
    const text = "# 周报\n\n1. 支付网关：下周上线";
    expect(extractReport(text, { referenceDate: "2024-11-23" })).toMatchObject({
      reportDate: "2024-11-23",
      reportDateSource: "argument",
      week: "2024-W47",
    });
    // The date the user gives wins over the one the report states (a stale header is common).
    expect(extractReport(`${text}\n日期：2024-12-06`, { referenceDate: "2024-11-23" }).reportDate).toBe("2024-11-23");
    expect(errorCode(() => extractReport(text, { referenceDate: "23/11/2024" }))).toBe("bad_date");
  });

  it("dates a report by the Saturday of its title week", () => {
    expect(extractReport("# 2024-W47\n\n1. 支付网关：下周上线")).toMatchObject({
      reportDate: "2024-11-23",
      reportDateSource: "title-week",
    });
  });
});

describe("extractReport: progress written other ways", () => {
  const only = (line: string) => extractReport(`# 周报 2025-12-19\n\n## 本周工作\n1. ${line}\n`).entries;
  it.each([
    ["登录模块：60%完成", 60],
    ["支付模块：完成度：60%", 60],
    ["订单重构（60%）", 60],
    ["消息中心：开发中，60%", 60],
    ["报表导出：已完成80%", 80],
  ])("%s is the item's progress", (line, progress) => {
    expect(only(line)).toMatchObject([{ progress }]);
  });

  it("keeps an item whose parts have figures, without taking one for the whole", () => {
    expect(only("搜索优化：前端 100%，后端 50%")).toMatchObject([{ initiative: "搜索优化", progress: null }]);
  });

  it.each(["转化：95%完成率", "渠道：占比（87%）"])("%s stays a figure, no initiative", (line) => {
    const names = extractReport(`# 周报 2025-12-19\n\n## 本周工作\n1. ${line}\n2. 网关：开发中\n`).entries.map((e) => e.initiative);
    expect(names).toEqual(["网关"]);
  });
});

describe("extractReport: events and tags as teams write them", () => {
  const itemsOf = (line: string, referenceDate: string) =>
    extractReport(`# 周报\n\n## 本周工作\n1. ${line}\n`, { referenceDate }).entries.map((e) => ({
      initiative: e.initiative,
      milestones: e.milestones.map((m) => [m.event, m.date, m.state]),
    }));
  it.each([
    ["图形界面游戏：9.23演示", "2021-09-09", ["演示", "2021-09-23", "planned"]],
    ["毕业设计：1月8日答辩", "2025-12-19", ["答辩", "2026-01-08", "planned"]],
    ["RVA23 RFC：争取下周内获得通过", "2026-04-02", ["获得通过", "2026-04-12", "planned"]],
    ["新版计费规则：12月1日起生效", "2025-12-19", ["生效", "2025-12-01", "done"]],
    ["安卓客户端：12/26封版", "2025-12-19", ["封版", "2025-12-26", "planned"]],
  ])("%s is a milestone", (line, referenceDate, milestone) => {
    expect(itemsOf(line, referenceDate)[0]!.milestones).toEqual([milestone]);
  });

  it("leaves a tracker's tag ([WIP], [Done]) out of the initiative's name and the milestone's title", () => {
    expect(itemsOf("[WIP]  BaseOS：9.30完成构建 @孙喆炘", "2021-09-09")).toEqual([
      { initiative: "BaseOS", milestones: [["完成", "2021-09-30", "planned"]] },
    ]);
    const done = extractReport("# 周报\n\n## 本周工作\n- [Done] 网页：9.1已上线\n", { referenceDate: "2021-09-09" }).entries[0]!;
    expect([done.initiative, done.milestones[0]!.title]).toEqual(["网页", "上线"]);
  });
});

describe("extractReport: doubts about a date", () => {
  it.each([
    "迅龙：无法满足4月30日的交付节点，需加大人力投入",
    "迅龙：4月30日无法交付",
    "D3000M：全力追赶，时间较为紧张，4月30日完成南向适配",
    "研发：排期紧张，4/28前上线",
  ])("%s is at risk", (line) => {
    const entry = extractReport(`# 周报\n\n## 本周\n1. ${line}\n`, { referenceDate: "2026-04-21" }).entries[0]!;
    expect(entry.milestones.map((m) => m.state)).toEqual(["at_risk"]);
  });

  it("leaves a plan without such words planned", () => {
    const entry = extractReport("# 周报\n\n## 本周\n1. 研发：4/28前上线\n", { referenceDate: "2026-04-21" }).entries[0]!;
    expect(entry.milestones.map((m) => m.state)).toEqual(["planned"]);
  });
});

describe("extractReport: a clause that only says when", () => {
  it.each([
    ["明天上午9点，V8 for RISC-V 社区双周同步会开始。", "2021-01-07", "planned"],
    ["支付网关：12月5日，全量上线", "2020-12-05", "done"],
  ])("%s times the clause after it", (line, date, state) => {
    const entry = extractReport(`# 周报\n\n## 本周\n1. ${line}\n`, { referenceDate: "2021-01-06" }).entries[0]!;
    expect(entry.milestones.map((m) => [m.date, m.state])).toEqual([[date, state]]);
  });
});
