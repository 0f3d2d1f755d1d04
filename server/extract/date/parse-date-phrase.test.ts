import { describe, expect, it } from "vitest";
import { parseDatePhrase } from "./parse-date-phrase";

// The report is dated Saturday 2024-11-23 (2024-W47).
const REPORT = "2024-11-23";

describe("parseDatePhrase: the phrase table of issue #3", () => {
  const table: Array<[phrase: string, start: string, end: string, deadline?: boolean]> = [
    ["11/28上线", "2024-11-28", "2024-11-28"],
    ["12/5", "2024-12-05", "2024-12-05"],
    ["11月25日", "2024-11-25", "2024-11-25"],
    ["12月10日前上线", REPORT, "2024-12-10", true],
    ["12月中旬上线", "2024-12-11", "2024-12-20"],
    ["1月初上线", "2025-01-01", "2025-01-10"],
    ["11月底完成", "2024-11-21", "2024-11-30"],
    ["预计下周完成", "2024-11-25", "2024-12-01"],
    ["下周国密局进场检查", "2024-11-25", "2024-12-01"],
    ["周四全部修复上线", "2024-11-21", "2024-11-21"],
    ["11/21已上线", "2024-11-21", "2024-11-21"],
    ["预计 11/28 上线", "2024-11-28", "2024-11-28"],
    ["原定12/05上线", "2024-12-05", "2024-12-05"],
    ["2024.12.05", "2024-12-05", "2024-12-05"],
    ["12-05", "2024-12-05", "2024-12-05"],
    ["12月5号", "2024-12-05", "2024-12-05"],
    ["下下周", "2024-12-02", "2024-12-08"],
    ["Q1", "2025-01-01", "2025-03-31"],
    ["明年一季度", "2025-01-01", "2025-03-31"],
    ["春节前", REPORT, "2025-01-28", true],
    ["年底", "2024-12-01", "2024-12-31"],
    ["月底前", REPORT, "2024-11-30", true],
    ["本周五", "2024-11-22", "2024-11-22"],
    ["12.20", "2024-12-20", "2024-12-20"],
    ["双十二前", REPORT, "2024-12-11", true],
  ];
  it.each(table)("%s → %s … %s", (phrase, start, end, deadline = false) => {
    const parsed = parseDatePhrase(phrase, REPORT);
    expect(parsed).not.toBeNull();
    expect({ start: parsed!.start, end: parsed!.end, deadline: parsed!.deadline }).toEqual({ start, end, deadline });
  });
});

describe("parseDatePhrase: more of the grammar", () => {
  it.each([
    ["2024年12月5日", "2024-12-05", "2024-12-05", "day"],
    ["2024/12/23 Go-live", "2024-12-23", "2024-12-23", "day"],
    ["十二月五日", "2024-12-05", "2024-12-05", "day"],
    ["12月上旬", "2024-12-01", "2024-12-10", "xun"],
    ["12月初", "2024-12-01", "2024-12-10", "xun"],
    ["12月下旬", "2024-12-21", "2024-12-31", "xun"],
    ["12月底", "2024-12-21", "2024-12-31", "xun"],
    ["月初", "2024-11-01", "2024-11-10", "xun"],
    ["下个月中旬", "2024-12-11", "2024-12-20", "xun"],
    ["12月", "2024-12-01", "2024-12-31", "month"],
    ["12月第三周提测", "2024-12-16", "2024-12-22", "week"],
    ["2025 Q1启动", "2025-01-01", "2025-03-31", "quarter"],
    ["一季度", "2025-01-01", "2025-03-31", "quarter"],
    ["Q3回顾", "2024-07-01", "2024-09-30", "quarter"],
    ["上半年", "2024-01-01", "2024-06-30", "quarter"],
    ["明年下半年", "2025-07-01", "2025-12-31", "quarter"],
    ["年初", "2025-01-01", "2025-01-31", "month"],
    ["元旦", "2025-01-01", "2025-01-01", "day"],
    ["国庆", "2025-10-01", "2025-10-01", "day"],
    ["双十一复盘", "2024-11-11", "2024-11-11", "day"],
    ["上周", "2024-11-11", "2024-11-17", "week"],
    ["这周三", "2024-11-20", "2024-11-20", "day"],
    ["预计周四上线", "2024-11-28", "2024-11-28", "day"],
    ["周二顺利上线", "2024-11-19", "2024-11-19", "day"],
    ["next week", "2024-11-25", "2024-12-01", "week"],
    ["Dec 5 release", "2024-12-05", "2024-12-05", "day"],
    ["late Dec", "2024-12-21", "2024-12-31", "xun"],
    ["7月上线", "2024-07-01", "2024-07-31", "month"],
    ["3月上线", "2025-03-01", "2025-03-31", "month"],
    ["明天", "2024-11-24", "2024-11-24", "day"],
  ])("%s → %s … %s (%s)", (phrase, start, end, precision) => {
    const parsed = parseDatePhrase(phrase, REPORT);
    expect(parsed && { start: parsed.start, end: parsed.end, precision: parsed.precision }).toEqual({ start, end, precision });
  });

  it("lets an explicit date in brackets win over a relative one", () => {
    const parsed = parseDatePhrase("下周二（12/10）正式报送", "2024-12-06");
    expect(parsed).toMatchObject({ start: "2024-12-10", end: "2024-12-10", text: "下周二（12/10）" });
  });

  it("reads a year-end deadline", () => {
    expect(parseDatePhrase("目标年底前完成", "2024-12-06")).toMatchObject({ end: "2024-12-31", deadline: true });
  });

  it.each([
    "刷数进度80.4%", "平均每笔交易金额0.89万", "效率提升1.5倍", "版本2.3发布", "13/45", "2月30日", "V3.1",
    "19,254笔", "99.994%", "第3.2节", "耗时3-5天", "Created: 09:43", "0.35%", "周报", "每周一例会",
    "首周点击率0.3%",
  ])("finds no date in %s", (text) => {
    expect(parseDatePhrase(text, REPORT)).toBeNull();
  });

  it("rejects an invalid reference date", () => {
    expect(parseDatePhrase("12/5", "2024-13-45")).toBeNull();
  });

  it("never leaves 2000–2100", () => {
    expect(parseDatePhrase("3000-01-01", REPORT)).toBeNull();
    expect(parseDatePhrase("1999年12月5日", REPORT)?.start ?? "2000").not.toMatch(/^1999/);
  });
});
