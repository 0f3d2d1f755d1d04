// Conventions of how Chinese weeklies number, split and label their lists: a letter that numbers an
// item, a part two people wrote together, a heading of the week's focus that is no plan.
import { describe, expect, it } from "vitest";
import { milestones, names, readBody as read } from "../testing/short-report";

describe("a list numbered by letters", () => {
  it("leaves `A.`, `B、`, `a)`, `(a)` out of the name, as it does `1.`", () => {
    const result = read(
      "## 本周工作\n\nA. 支付网关改造：12/10上线\nB、风控规则引擎：进度50%，12/20提测\n\n" +
        "## 下周计划\n\n- a) 对账系统：12/12联调\n- (b) 清算平台：12/13评审\n",
    );
    expect(names(result)).toEqual(["支付网关改造", "风控规则引擎", "对账系统", "清算平台"]);
    expect(milestones(result, "支付网关改造")).toEqual([["上线", "2024-12-10", "planned"]]);
  });

  it("leaves a heading's letter out of the work it names", () => {
    const result = read("## A. 支付网关改造\n\n- 12/10上线\n\n## B、风控规则引擎\n\n- 进度50%，12/20提测\n");
    expect(names(result)).toEqual(["支付网关改造", "风控规则引擎"]);
  });

  it("keeps a letter that is a word of the name (`A、B两套方案`, `A.I.助手`)", () => {
    const result = read("## 本周工作\n\n- A、B两套方案：12/10评审\n- A.I.助手：12/12上线\n");
    expect(names(result)).toEqual(["A、B两套方案", "A.I.助手"]);
  });
});

describe("a part of a per-person report written by several people", () => {
  it("gives `## 张三、李四` and `## 张三/李四` both people as owner", () => {
    const result = read(
      "## 王磊\n\n- 支付网关改造：12/10上线\n\n## 张三、李四\n\n- 风控规则引擎：进度50%，12/20提测\n\n" +
        "## 陈晨/赵敏\n\n- 对账系统：12/12联调\n",
    );
    expect(result.entries.map((e) => [e.initiative, e.owner])).toEqual([
      ["支付网关改造", "王磊"],
      ["风控规则引擎", "张三、李四"],
      ["对账系统", "陈晨/赵敏"],
    ]);
  });

  it("reads `## 张三、李四` over 本周 / 下周 as their part, not a piece of work", () => {
    const result = read("## 张三、李四\n\n### 本周\n\n- 风控规则引擎：12/3提测\n\n### 下周\n\n- 对账系统：12/12联调\n");
    expect(result.entries.map((e) => [e.initiative, e.owner])).toEqual([
      ["风控规则引擎", "张三、李四"],
      ["对账系统", "张三、李四"],
    ]);
  });
});

describe("the week's focus", () => {
  it("reads a past day under `## 本周重点` or `## 本周任务` as done: they are no plan", () => {
    for (const heading of ["本周重点", "本周任务"]) {
      const result = read(`## ${heading}\n\n- 支付网关：12/3提测\n- 风控引擎：12/5上线，12/12全量\n`);
      expect(milestones(result, "支付网关")).toEqual([["提测", "2024-12-03", "done"]]);
      expect(milestones(result, "风控引擎")).toEqual([
        ["上线", "2024-12-05", "done"],
        ["全量", "2024-12-12", "planned"],
      ]);
    }
  });
});

describe("a label that is the event, its time after the colon", () => {
  it("reads `提测：12/5` under a work as its milestone", () => {
    const result = read("## 本周工作\n\n- 支付网关：进度60%\n  - 提测：12/5\n  - 上线：预计12/10\n");
    expect(milestones(result, "支付网关")).toEqual([
      ["提测", "2024-12-05", "done"],
      ["上线", "2024-12-10", "planned"],
    ]);
  });

  it("reads `竣工验收：预计2025年1月中旬`, `毕业答辩时间：2025年5月` as the label's event at that time", () => {
    const result = read("## 本周工作\n\n- 主体结构：12/3完成\n- 竣工验收：预计2025年1月中旬\n- 毕业答辩时间：2025年5月\n");
    expect(milestones(result, "竣工验收")).toEqual([["竣工验收", "2025-01-20", "planned"]]);
    expect(milestones(result, "毕业答辩时间")).toEqual([["毕业答辩", "2025-05-31", "planned"]]);
  });

  it("reads a heading over such steps as one work (`## 支付网关` / `- 提测：12/5` / `- 上线：12/10`)", () => {
    const result = read("## 支付网关\n\n- 提测：12/5\n- 上线：12/10\n");
    expect(names(result)).toEqual(["支付网关"]);
    expect(milestones(result, "支付网关")).toEqual([
      ["提测", "2024-12-05", "done"],
      ["上线", "2024-12-10", "planned"],
    ]);
  });
});

describe("the events of teams outside software", () => {
  const titles = (body: string) => read(body).entries.flatMap((e) => e.milestones.map((m) => [m.title, m.date, m.state]));

  it("reads a hardware team's samples, boards, moulds, runs and certificates", () => {
    expect(
      titles(
        "## X200 智能门锁\n\n- 结构：DVT 样机 12/3 完成打样\n- 硬件：主板改板完成，12月10日回板\n" +
          "- 认证：样机已于12/2送检，预计12月下旬出证\n- 试产：计划12月16日 PVT 试产\n- 模具：12/4 T1 试模\n- 物料：预计1月中旬到料\n",
      ),
    ).toEqual([
      ["DVT 样机打样", "2024-12-03", "done"],
      ["回板", "2024-12-10", "planned"],
      ["样机送检", "2024-12-02", "done"],
      ["样机出证", "2024-12-31", "planned"],
      ["PVT试产", "2024-12-16", "planned"],
      ["T1试模", "2024-12-04", "done"],
      ["到料", "2025-01-20", "planned"],
    ]);
  });

  it("reads a builder's topping out and opening to traffic, a marketer's live show, a researcher's proposal", () => {
    expect(titles("## 城南安置房\n\n- 主体结构：3#楼12月3日封顶\n- 市政道路：12月8日通车\n")).toEqual([
      ["3#楼封顶", "2024-12-03", "done"],
      ["通车", "2024-12-08", "planned"],
    ]);
    expect(titles("## 双十二大促\n\n- 活动页面12/4上线，12/10 直播预售\n")).toEqual([
      ["活动页面上线", "2024-12-04", "done"],
      ["直播预售", "2024-12-10", "planned"],
    ]);
    expect(titles("## 李娜\n\n- 开题报告：12月10日开题\n- 论文：12月20日投稿\n")).toEqual([
      ["开题", "2024-12-10", "planned"],
      ["投稿", "2024-12-20", "planned"],
    ]);
  });

  it("reads a tender opened and a final acceptance; a 结题报告 handed in is 提交", () => {
    expect(titles("## 智慧园区\n\n- 招标：12/5开标，12月中旬签约\n- ERP升级：12/20终验\n- 青年基金：12月13日提交结题报告\n")).toEqual([
      ["开标", "2024-12-05", "done"],
      ["签约", "2024-12-20", "planned"],
      ["终验", "2024-12-20", "planned"],
      ["结题报告提交", "2024-12-13", "planned"],
    ]);
  });
});

describe("a person's part with a note on the person", () => {
  it("gives `## 张明（博三）` and `## 赵六（实习）` their person as owner, not the note", () => {
    const result = read(
      "## 张明（博三）\n\n- 论文：12月20日投稿\n\n## 李娜（博一）\n\n- 开题报告：12月10日开题\n\n## 课题进展\n\n- 青年基金：12/13结题\n",
    );
    expect(result.entries.map((e) => [e.initiative, e.owner])).toEqual([
      ["论文", "张明"],
      ["开题报告", "李娜"],
      ["青年基金", null],
    ]);
    const intern = read("## 赵六（实习）\n\n### 本周\n\n- 支付页：12/3提测\n\n### 下周\n\n- 网关：12/13提测\n");
    expect(intern.entries.map((e) => e.owner)).toEqual(["赵六", "赵六"]);
  });

  it("keeps the person a team's heading names in brackets (`## 前端组（张三）`)", () => {
    const result = read("## 前端组（张三）\n\n### 本周\n\n- 支付页：12/3提测\n\n## 后端组（李四）\n\n### 本周\n\n- 网关：12/3提测\n");
    expect(result.entries.map((e) => e.owner)).toEqual(["张三", "李四"]);
  });
});

describe("a month with its year said in words, and two 旬 at once", () => {
  it("reads 明年3月 as next year's March, under a heading of the week's work too (was this year's, done)", () => {
    const result = read("## 本周工作\n\n- 支付网关：明年3月上线\n- 清算平台：去年11月上线\n");
    expect(milestones(result, "支付网关")).toEqual([["上线", "2025-03-31", "planned"]]);
    expect(milestones(result, "清算平台")).toEqual([["上线", "2023-11-30", "done"]]);
  });

  it("reads 12月中下旬 as 12-11 … 12-31 and 12月上中旬 as 12-01 … 12-20, the 旬 words no part of the title", () => {
    const result = read("## 重点项目\n\n- 支付网关：12月中下旬上线\n- 清算平台：12月上中旬提测\n");
    expect(milestones(result, "支付网关")).toEqual([["上线", "2024-12-31", "planned"]]);
    expect(milestones(result, "清算平台")).toEqual([["提测", "2024-12-20", "planned"]]);
  });
});
