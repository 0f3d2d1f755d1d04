import { describe, expect, it } from "vitest";
import { formatDay } from "./date/format-day";
import { isoWeekLabel } from "../../lib/dates/iso-week";
import { readReportHeader } from "./report-header";

const read = (text: string, ref?: string, fileName?: string) => {
  const header = readReportHeader(text.split("\n"), { referenceDate: ref, fileName });
  return { ...header, reportDate: header.reportDate && formatDay(header.reportDate) };
};

describe("readReportHeader", () => {
  it("reads the Created: line", () => {
    expect(read("# 2024-W47\n\nCreated: 2024年11月23日 09:43\n")).toEqual({
      title: "2024-W47",
      department: "",
      reportDate: "2024-11-23",
      reportDateSource: "created",
      plainTitleLine: null,
    });
  });

  it("gives the line of a title written as plain text, for the body to leave out", () => {
    expect(read("【周报】增长组 12.2-12.6\n\n✅本周完成\n1️⃣ 拉新活动H5上线（12/3）\n", "2024-12-06")).toMatchObject({
      department: "增长组",
      plainTitleLine: 0,
    });
  });

  it("dates a report by a month's n-th week in its title, at that week's Saturday", () => {
    expect(read("# 基础架构部周报（2024年12月第1周）\n")).toMatchObject({
      department: "基础架构部",
      reportDate: "2024-12-07",
      reportDateSource: "title-week",
    });
  });

  it("leaves a date written as a file name writes it (20241206) out of the department", () => {
    expect(read("# 周报-张三-20241206\n")).toMatchObject({ department: "张三", reportDate: "2024-12-06" });
  });

  it("leaves the ~ of a period in the title out of the department", () => {
    expect(read("# 前端组周报 2024.12.02~2024.12.06\n")).toMatchObject({ department: "前端组", reportDate: "2024-12-06" });
    expect(read("# 前端组周报 2024.12.02～2024.12.06\n")).toMatchObject({ department: "前端组", reportDate: "2024-12-06" });
  });

  it("reads a 日期： line and the department from the title", () => {
    expect(read("# 风控平台部 周报 2024-W49\n\n日期：2024-12-06\n")).toMatchObject({
      title: "风控平台部 周报 2024-W49",
      department: "风控平台部",
      reportDate: "2024-12-06",
      reportDateSource: "created",
    });
  });

  it("reads a form's header line of several fields: its 日期 dates the report, its 部门 names the department", () => {
    const form = "# 2024年12月第1周工作周报\n\n部门：研发二部    填报人：王磊    日期：2024-12-06\n\n一、本周工作\n";
    expect(read(form)).toMatchObject({ department: "研发二部", reportDate: "2024-12-06", reportDateSource: "created" });
    expect(read("# 周报\n\n| **部门**：研发二部 | **日期**：2024.12.06 |\n")).toMatchObject({
      department: "研发二部",
      reportDate: "2024-12-06",
    });
    // a month and its week in the title are no department but date it; a field inside a sentence is no header
    expect(read("# 2024年12月第1周工作周报\n\n1. 订单中心：上线 日期：2025-01-10，协调 部门：财务部\n")).toMatchObject({
      department: "",
      reportDate: "2024-12-07",
      reportDateSource: "title-week",
    });
  });

  it("dates a report whose 时间： line gives its period at the period's end", () => {
    expect(read("# XX项目组周报\n\n时间：2024年11月18日-11月22日\n")).toMatchObject({
      reportDate: "2024-11-22",
      reportDateSource: "created",
    });
    expect(read("# 周报\n\n**日期**：2024.11.18-2024.11.22\n")).toMatchObject({ reportDate: "2024-11-22" });
  });

  it("falls back to the Saturday of the title's ISO week", () => {
    expect(read("# 2024-W47\n\n- 【贝易转】")).toMatchObject({ reportDate: "2024-11-23", reportDateSource: "title-week" });
    expect(read("# 支付中台 2025年第1周 周报")).toMatchObject({ reportDate: "2025-01-04", department: "支付中台" });
  });

  it("leaves no department when the title is a week and the word 周报 (no half of it as a name)", () => {
    for (const title of ["2024-W47 周报", "2024-W47周报", "2024年第47周周报", "2024 W47 周总结"])
      expect(read(`# ${title}`), title).toMatchObject({ reportDate: "2024-11-23", department: "" });
    expect(read("# 2024-W47 支付部周报")).toMatchObject({ department: "支付部" });
  });

  it("reads a title pasted as a plain first line (no #) with its date or the period line under it", () => {
    expect(read("周报 2024/12/06\n\n项目名称 | 完成度\n---|---\n电子签章 | 70%\n")).toMatchObject({
      title: "周报 2024/12/06",
      reportDate: "2024-12-06",
      reportDateSource: "title",
    });
    expect(read("信息中心工作周报\n（2024年12月2日—12月6日）\n\n一、重点工作进展\n")).toMatchObject({
      department: "信息中心",
      reportDate: "2024-12-06",
    });
    // a first line that is no title stays text: a label, an item, a sentence without a report word
    for (const first of ["部门：信息中心", "1. 周报系统上线", "本周完成支付网关联调，12/5上线"])
      expect(read(`${first}\n`), first).toMatchObject({ title: "" });
  });

  it("leaves a report word (双周进展汇报, 工作汇报) and a date set with spaces out of the department", () => {
    expect(read("# RuyiSDK 双周进展汇报 第 040 期 2025 年 03 月 11 日")).toMatchObject({ department: "RuyiSDK", reportDate: "2025-03-11" });
    expect(read("# 平台部工作汇报 2024-12-06")).toMatchObject({ department: "平台部" });
    expect(read("# 工作总结 [11.18-12.2]", "2021-12-02")).toMatchObject({ department: "" });
    // a report opening with a numbered section has no title naming a department
    expect(read("# 一、上周交互手册未完成部分\n\n- 12/5 上线", "2017-05-19")).toMatchObject({ department: "" });
  });

  it("leaves a week or a day written without its year out of the department", () => {
    expect(read("# 基础架构组 第49周周报（2024-12-02 ~ 2024-12-06）")).toMatchObject({ department: "基础架构组" });
    expect(read("# 移动端组周报 12.2-12.6", "2024-12-06")).toMatchObject({ department: "移动端组" });
    expect(read("# 移动端组周报 12月2日-12月6日", "2024-12-06")).toMatchObject({ department: "移动端组" });
  });

  it("falls back to the reference date, then to nothing", () => {
    expect(read("# 周报\n", "2024-12-06")).toMatchObject({ reportDate: "2024-12-06", reportDateSource: "argument" });
    expect(read("# 周报\n")).toMatchObject({ reportDate: null, reportDateSource: null });
    expect(read("# 周报\n", "not-a-date")).toMatchObject({ reportDate: null });
  });

  it("ignores a week that does not exist", () => {
    expect(read("# 2024-W60")).toMatchObject({ reportDate: null });
  });

  it("reads front matter, and a dated title over it", () => {
    expect(read("---\nslug: x\ndate: 2025-09-01\n---\n\n## 进展\n")).toMatchObject({
      reportDate: "2025-09-01",
      reportDateSource: "front-matter",
    });
    expect(read("---\ndate: 2025-09-01\n---\n\n# 【香山双周报 85】20250915 期\n")).toMatchObject({
      reportDate: "2025-09-15",
      reportDateSource: "title",
    });
    expect(read("---\ntitle: deepin-ports SIG 周报 (2025-12-18)\ndate: 2025-12-18\n---\n\n## 本周进展\n")).toMatchObject({
      title: "deepin-ports SIG 周报 (2025-12-18)",
      department: "deepin ports SIG",
      reportDate: "2025-12-18",
    });
  });

  it.each([
    ["# 【香山双周报 85】20250915 期", "2025-09-15"],
    ["# 第 12 期·2023 年 5 月 6 日", "2023-05-06"],
    ["# OSDT Weekly 2020-12-16 第076期", "2020-12-16"],
    ["# February 23, 2024 at 14:15pm GMT+8", "2024-02-23"],
    ["# DevBoard SIG周报 [14]周 2026.03.30-04.03", "2026-04-03"],
    ["# 周报 2024.12.30-01.03", "2025-01-03"],
  ])("reads a dated title: %s", (title, date) => {
    expect(read(`${title}\n\n1. 网关：下周上线\n`)).toMatchObject({ reportDate: date, reportDateSource: "title" });
  });

  it("dates a yearless title range from the file name, else from the years the text names", () => {
    expect(read("# 工作总结 [11.18-12.2]\n", undefined, "2021-12-02.md")).toMatchObject({
      reportDate: "2021-12-02",
      reportDateSource: "title",
    });
    expect(read("# 工作总结 [11.18-12.2]\n\n发布计划 2021/11/1 开始\n")).toMatchObject({ reportDate: "2021-12-02" });
    expect(read("# 工作总结 [11.18-12.2]\n")).toMatchObject({ reportDate: null, reportDateSource: null });
  });

  it("reads the period line under the title: its end", () => {
    expect(read("# MIP\n\n> 从2017-01-03到2017-01-06\n\n## 核心\n")).toMatchObject({
      reportDate: "2017-01-06",
      reportDateSource: "created",
    });
    expect(read("# 齐健\n\n> 2016-10-24 - 2016-10-28\n")).toMatchObject({ reportDate: "2016-10-28", reportDateSource: "created" });
  });

  it("reads a bold label without a colon", () => {
    expect(read("**时间**  2024.05.15  \n**参与人员**  李斯嘉\n")).toMatchObject({ reportDate: "2024-05-15", reportDateSource: "created" });
  });

  it.each([
    ["20170515-20170519周任务及进度.md", "2017-05-19"],
    ["2017-01-06.md", "2017-01-06"],
    ["2024-02-23-meeting.md", "2024-02-23"],
    ["2026_04_03_weekly.md", "2026-04-03"],
    ["20251218-weekly.md", "2025-12-18"],
    ["reports/2024-W47.md", "2024-11-23"],
    ["20241123周报.docx", "2024-11-23"],
    ["past.zip/2024-W48.md", "2024-11-30"],
  ])("reads the file name %s", (fileName, date) => {
    expect(read("# 周报\n\n1. 网关：下周上线\n", undefined, fileName)).toMatchObject({ reportDate: date, reportDateSource: "file-name" });
  });

  it("prefers what the text states to the file name, and the argument to both", () => {
    expect(read("# 2024-W47\n", undefined, "2017-01-06.md")).toMatchObject({ reportDate: "2024-11-23", reportDateSource: "title-week" });
    expect(read("# 2024-W47\n", "2024-12-06", "2017-01-06.md")).toMatchObject({ reportDate: "2024-12-06", reportDateSource: "argument" });
    expect(read("# 周报\n", undefined, "周报.md")).toMatchObject({ reportDate: null });
  });

  it("dates a cumulative log by its latest section", () => {
    const log =
      "# 齐健\n\n> 2016-08-01 - 2016-08-05\n\n# mip\n\n08-01 – 08-05\n1、升级\n\n10-17 - 10-21\n1、修复\n\n10-24 - 10-28\n1、发布\n";
    expect(read(log)).toMatchObject({ reportDate: "2016-10-28", reportDateSource: "stated-dates" });
    expect(read("网站已初步上线\n\n------\n\n2017/1/5\n\n1. 首页\n\n2017/1/6\n\n1. 已解决\n")).toMatchObject({
      reportDate: "2017-01-06",
      reportDateSource: "stated-dates",
    });
  });

  it("lets `本周三（6/1）` overrule a header copied from last week's report", () => {
    const copied =
      "# 陈锐\n\n> 从2016-5-23到2016-5-27\n\n## 资讯垂类\n\n" +
      "本周三（6/1）上线了部分优化内容。\n\n1. 本周一（5/30）小流量上线，预计下周二（6/7）全量\n";
    expect(read(copied)).toMatchObject({ reportDate: "2016-06-01", reportDateSource: "stated-dates" });
    // the header's own week, a weekday that does not match its date, or two weeks named so: no evidence
    const own = "# 周报\n\n> 从2016-5-30到2016-6-3\n\n- 网关：本周三（6/1）上线\n";
    expect(read(own)).toMatchObject({ reportDate: "2016-06-03", reportDateSource: "created" });
    const wrongDay = "# 周报\n\n> 从2016-5-23到2016-5-27\n\n- 网关：本周四（6/1）上线\n";
    expect(read(wrongDay)).toMatchObject({ reportDate: "2016-05-27" });
    const twoWeeks = "# 周报\n\n> 从2016-5-23到2016-5-27\n\n- 网关：本周三（6/1）上线\n- 支付：本周三（6/8）上线\n";
    expect(read(twoWeeks)).toMatchObject({ reportDate: "2016-05-27" });
  });

  it("lets the days stated as done overrule a header copied from an earlier report", () => {
    const stale =
      "# 谢玲娟\n\n" +
      "> 从2017-01-16到2017-01-20\n\n" +
      "## 本周跟进\n\n" +
      "|激发区|新增|2.10已提测，预计2.15上线|\n\n" +
      "2.10下午已解决并上线。\n";
    expect(read(stale)).toMatchObject({ reportDate: "2017-02-10", reportDateSource: "stated-dates" });
    // planned, far-off and section-numbered dates are no evidence
    const planned =
      "# 周报\n\n" +
      "> 从2017-01-16到2017-01-20\n\n" +
      "1. 网关：预计2.15上线\n2. 支付：2017年12月底完成\n" +
      "3.2 独立完成重点工作\n4. 风控：已完成（1.19）\n";
    expect(read(planned)).toMatchObject({ reportDate: "2017-01-20", reportDateSource: "created" });
    // a day then 完成 plans as often as it tells; a milestone line plans
    const plans = "# 基础架构组周报 2024.12.06\n\n1. 日志平台：进度40%，1月5日完成存储迁移\n2. 认证平台：里程碑 12月20日已完成评审后上线\n";
    expect(read(plans)).toMatchObject({ reportDate: "2024-12-06", reportDateSource: "title" });
    expect(read(plans.replace("1月5日完成", "1月5日完成了"))).toMatchObject({ reportDate: "2025-01-05", reportDateSource: "stated-dates" });
  });

  it("dates a yearless Monday-to-Friday header in the year it is one, near the years the text names", () => {
    const text = "# 谢玲娟\n\n> 从1.16-1.20\n\n## 本周跟进\n\nhttp://cp01-rd-2016q4-3.example.com/\n";
    expect(read(text)).toMatchObject({ reportDate: "2017-01-20", reportDateSource: "created" });
  });

  it("corrects a header a year off when the body's dates with a year say so", () => {
    const text =
      "# MIP\n\n> 从2016-01-03到2016-01-06\n\n## 组件\n\n- 已上线（12.30）\n- 预计2017.01.06之前更新npm\n- 见 ../2016-12-30/img/a.png\n";
    expect(read(text)).toMatchObject({ reportDate: "2017-01-06", reportDateSource: "stated-dates" });
    // one such date is not enough
    expect(read("# MIP\n\n> 从2016-01-03到2016-01-06\n\n- 预计2017.01.06之前更新npm\n")).toMatchObject({ reportDate: "2016-01-06" });
  });

  // Linear work finishes these in milliseconds; a quadratic pattern would run past the test's timeout.
  it("stays linear on long runs of one character", { timeout: 10_000 }, () => {
    for (const ch of ["1", ".", "-", " ", "年", "已", "*", ">"]) {
      expect(read(`# ${ch.repeat(20_000)}\n> ${ch.repeat(20_000)}\n${ch.repeat(50_000)}\n`, undefined, ch.repeat(300))).toBeDefined();
    }
  });

  it("reads a title naming the week by its first day as written at the week's end", () => {
    expect(read("# Platform Team Weekly Update — Week of Mar 17, 2025\n\n- a")).toMatchObject({
      reportDate: "2025-03-22",
      reportDateSource: "title",
    });
  });

  it("labels ISO weeks across the year boundary", () => {
    expect(isoWeekLabel(new Date(2024, 11, 30))).toBe("2025-W01");
    expect(isoWeekLabel(new Date(2024, 10, 23))).toBe("2024-W47");
  });
});
