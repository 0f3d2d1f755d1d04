import { describe, expect, it } from "vitest";
import { findDateMentions } from "./find-date-mentions";
import { formatDay, parseDay } from "./format-day";
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
    "刷数进度80.4%",
    "平均每笔交易金额0.89万",
    "效率提升1.5倍",
    "版本2.3发布",
    "13/45",
    "2月30日",
    "V3.1",
    "19,254笔",
    "99.994%",
    "第3.2节",
    "耗时3-5天",
    "Created: 09:43",
    "0.35%",
    "周报",
    "每周一例会",
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

type Row = [phrase: string, reportDate: string, start: string, end: string, precision: string, deadline?: boolean];

/** Each row against its own report date: real reports are read on the day they were written. */
function expectRows(rows: Row[]): void {
  it.each(rows)("%s (report %s) → %s … %s (%s)", (phrase, reportDate, start, end, precision, deadline = false) => {
    const parsed = parseDatePhrase(phrase, reportDate);
    expect(parsed && { start: parsed.start, end: parsed.end, precision: parsed.precision, deadline: parsed.deadline }).toEqual({
      start,
      end,
      precision,
      deadline,
    });
  });
}

describe("parseDatePhrase: ranges are one mention, ending on the last day", () => {
  expectRows([
    ["3.12~3.18", "2025-03-01", "2025-03-12", "2025-03-18", "week"],
    ["5.6-5.9联调", "2025-05-01", "2025-05-06", "2025-05-09", "week"],
    ["2023-03-12 ~ 2023-03-18", REPORT, "2023-03-12", "2023-03-18", "week"],
    ["1月6日-8日", "2025-01-02", "2025-01-06", "2025-01-08", "week"],
    ["1月6-8日", "2025-01-02", "2025-01-06", "2025-01-08", "week"],
    ["1月6日至1月8日", "2025-01-02", "2025-01-06", "2025-01-08", "week"],
    ["12月26日或27日 Meetup", "2020-12-16", "2020-12-26", "2020-12-27", "week"],
    ["12月5日-8日 联调", "2017-01-06", "2016-12-05", "2016-12-08", "week"],
    ["12月28日至1月3日", REPORT, "2024-12-28", "2025-01-03", "week"],
    ["12/28~1/3", REPORT, "2024-12-28", "2025-01-03", "week"],
    ["01-05~06QA测试", "2017-01-06", "2017-01-05", "2017-01-06", "week"],
    ["08-01 – 08-05", "2016-10-28", "2016-08-01", "2016-08-05", "week"],
    ["工作总结 [11.18-12.2]", "2021-12-02", "2021-11-18", "2021-12-02", "month"],
    ["周报 2026.03.30-04.03", "2026-04-03", "2026-03-30", "2026-04-03", "week"],
    ["从2016-01-03到2016-01-06", "2016-01-06", "2016-01-03", "2016-01-06", "week"],
    ["20170515-20170519周任务", "2017-05-19", "2017-05-15", "2017-05-19", "week"],
    ["12.2~12.6前完成", REPORT, REPORT, "2024-12-06", "week", true],
    ["周一至周三", REPORT, "2024-11-18", "2024-11-20", "week"],
    ["下周一~周三联调", REPORT, "2024-11-25", "2024-11-27", "week"],
  ]);

  it.each(["1.5-2.5倍", "版本1.2-1.5", "V1.2-1.3", "12-05-08", "3.18~3.12", "12月8日-5日", "第3.2-3.4节"])(
    "reads no range in %s",
    (text) => {
      const parsed = parseDatePhrase(text, REPORT);
      expect(parsed === null || parsed.precision === "day").toBe(true);
    },
  );
});

describe("parseDatePhrase: an explicit date next to a relative one", () => {
  it.each([
    ["预计下周一（2.22）提测", "2016-02-19", "2016-02-22", undefined],
    ["预计下周一（2.23）提测", "2016-02-19", "2016-02-23", "2016-02-22"],
    ["预计下周三01-04产出数据", "2017-01-06", "2017-01-04", "2017-01-11"],
    ["12月20日这周日有大会", "2020-12-16", "2020-12-20", undefined],
    ["12月27日下周日有大会", "2020-12-16", "2020-12-27", undefined],
    ["12月28日下周日有大会", "2020-12-16", "2020-12-28", "2020-12-27"],
    ["12/10（周二）上线", "2024-12-06", "2024-12-10", undefined],
    ["12/11（周二）上线", "2024-12-06", "2024-12-11", "2024-12-03"],
  ])("%s (report %s) → %s, relative alone %s", (phrase, reportDate, end, disagrees) => {
    const parsed = parseDatePhrase(phrase, reportDate);
    expect(parsed).toMatchObject({ start: end, end });
    expect(parsed?.disagrees).toBe(disagrees);
  });

  it("makes one mention of the pair, with the words of both", () => {
    const mentions = findDateMentions("周四（01-05）提测", { reportDate: parseDay("2017-01-06")!, future: false });
    expect(mentions.map((m) => [m.text, formatDay(m.end), m.disagrees])).toEqual([["周四（01-05）", "2017-01-05", undefined]]);
  });

  it("gives a bare day the month said just before it", () => {
    const mentions = findDateMentions("12月22日 推迟到22日小流量上线；12月28日提测，3日上线", {
      reportDate: parseDay("2017-01-06")!,
      future: false,
    });
    expect(mentions.map((m) => formatDay(m.end))).toEqual(["2016-12-22", "2016-12-22", "2016-12-28", "2017-01-03"]);
  });
});

describe("parseDatePhrase: day stamps and two-digit years", () => {
  expectRows([
    ["20170515 FM崩溃", "2017-05-19", "2017-05-15", "2017-05-15", "day"],
    ["------------20170519 陈刚 已解决", "2017-05-19", "2017-05-19", "2017-05-19", "day"],
    ["时间 24.05.22", "2024-05-15", "2024-05-22", "2024-05-22", "day"],
    ["2016.1.9给出设计文档", "2017-01-06", "2016-01-09", "2016-01-09", "day"],
  ]);

  // Figures, IDs and versions: an 8-digit number must be a real day of 2000–2099
  // standing alone; a dotted triple must be YY.MM.DD with leading zeros near the report's year.
  it.each([
    "120170515",
    "201705150",
    "QQ20170515",
    "QQ20161229-2.png",
    "20171315",
    "20170230",
    "19990101",
    "010-20170515",
    "20170515%",
    "1.2.0",
    "6.2.1",
    "9.3.1",
    "2.33",
    "22.04.1",
    "v24.05.22",
    "24.5.22",
    "12.10.01",
    "24.05.22.1",
  ])("finds no date in %s", (text) => {
    expect(parseDatePhrase(text, "2024-05-15")).toBeNull();
  });
});

describe("parseDatePhrase: a year and month in digits, a year in two", () => {
  expectRows([
    ["预计2025.01上线", "2024-12-06", "2025-01-01", "2025-01-31", "month"],
    ["2025-02完成迁移", "2024-12-06", "2025-02-01", "2025-02-28", "month"],
    ["计划2025/3验收", "2024-12-06", "2025-03-01", "2025-03-31", "month"],
    ["25年1月上线", "2024-12-06", "2025-01-01", "2025-01-31", "month"],
    ["24年12月中旬上线", "2024-12-06", "2024-12-11", "2024-12-20", "xun"],
  ]);

  // a day, a range of months, a figure, a version and a count are no year-month
  it.each([
    "2025.01.15",
    "2025.01-2025.03",
    "营收2025.1万",
    "2025.01版本",
    "版本 2024.12",
    "版本号：2024.12",
    "version 2024.12",
    "v2025.01",
    "2025.13",
    "20250.1",
  ])("finds no month in %s", (text) => {
    const parsed = parseDatePhrase(text, "2024-12-06");
    expect(parsed?.precision).not.toBe("month");
  });

  it("takes two digits before 年 for a year only near the report's", () => {
    expect(parseDatePhrase("成立18年3月", "2024-12-06")).toBeNull();
  });
});

describe("parseDatePhrase: week numbers", () => {
  expectRows([
    ["W48交付", REPORT, "2024-11-25", "2024-12-01", "week"],
    ["2024-W23", REPORT, "2024-06-03", "2024-06-09", "week"],
    ["2024W23", REPORT, "2024-06-03", "2024-06-09", "week"],
    ["第49周上线", REPORT, "2024-12-02", "2024-12-08", "week"],
    ["2025年第2周", REPORT, "2025-01-06", "2025-01-12", "week"],
    ["W2 release", "2024-12-27", "2025-01-06", "2025-01-12", "week"],
    ["反屏蔽广告的改写排期定在1月份第二周", "2017-01-06", "2017-01-09", "2017-01-15", "week"],
    ["1月份第3周", "2017-01-06", "2017-01-16", "2017-01-22", "week"],
  ]);

  // `第11周` in minutes dated 2024-W20 counts the course's weeks, not the calendar's.
  it.each([
    ["完成第11周任务", "2024-05-15"],
    ["W3C标准", REPORT],
    ["GVM 200W+", REPORT],
    ["5W1H", REPORT],
    ["2026年[14]周", "2026-04-03"],
  ])("finds no week in %s", (text, reportDate) => {
    expect(parseDatePhrase(text, reportDate)).toBeNull();
  });
});

describe("parseDatePhrase: durations from the report date", () => {
  expectRows([
    ["3天内完成", REPORT, REPORT, "2024-11-26", "week", true],
    ["两周内上线", REPORT, REPORT, "2024-12-07", "month", true],
    ["一个月内", REPORT, REPORT, "2024-12-23", "month", true],
    ["半个月内", REPORT, REPORT, "2024-12-08", "month", true],
    ["3个工作日内", REPORT, REPORT, "2024-11-27", "week", true],
    ["未来两周完成联调", REPORT, REPORT, "2024-12-07", "month", true],
    ["within 2 weeks", REPORT, REPORT, "2024-12-07", "month", true],
    ["in 3 days", REPORT, REPORT, "2024-11-26", "week", true],
  ]);

  it.each(["耗时3-5天", "7天内留存率35%", "3天内复购人数120", "共3天", "几天内"])("finds no deadline in %s", (text) => {
    expect(parseDatePhrase(text, REPORT)).toBeNull();
  });
});

describe("parseDatePhrase: parts of a month", () => {
  expectRows([
    ["12月上半月", REPORT, "2024-12-01", "2024-12-15", "xun"],
    ["下半月", REPORT, "2024-11-16", "2024-11-30", "xun"],
    ["下个月前半月", REPORT, "2024-12-01", "2024-12-15", "xun"],
    ["月中旬", REPORT, "2024-11-11", "2024-11-20", "xun"],
    ["本月最后一周", REPORT, "2024-11-25", "2024-12-01", "week"],
    ["12月最后一周", REPORT, "2024-12-23", "2024-12-29", "week"],
    ["下个月第一周", REPORT, "2024-12-02", "2024-12-08", "week"],
    ["2024年底完成适配", "2024-02-23", "2024-12-01", "2024-12-31", "month"],
    ["预计2024年6月底完成", "2024-02-23", "2024-06-21", "2024-06-30", "xun"],
  ]);

  it.each(["过去一年中也取得了成果", "2024年中国市场", "下半年"])("reads no month part in %s", (text) => {
    const parsed = parseDatePhrase(text, REPORT);
    expect(parsed?.precision ?? "none").not.toBe("xun");
    if (text !== "下半年") expect(parsed).toBeNull();
  });
});

describe("parseDatePhrase: holidays", () => {
  expectRows([
    ["spider预计春节前完成", "2017-01-06", "2017-01-06", "2017-01-27", "day", true],
    ["春节后上线", "2017-01-06", "2017-02-03", "2017-02-09", "week"],
    ["预计春节后一周可完成", "2017-01-06", "2017-02-03", "2017-02-09", "week"],
    ["春节后两周", "2017-01-06", "2017-02-03", "2017-02-16", "month"],
    ["年后再上线", "2017-01-06", "2017-02-03", "2017-02-09", "week"],
    ["过年后", "2016-01-20", "2016-02-14", "2016-02-20", "week"],
    ["年前上线", "2017-01-06", "2017-01-06", "2017-01-27", "day", true],
    ["节后上线", "2017-01-06", "2017-02-03", "2017-02-09", "week"],
    ["节前上线", "2024-09-20", "2024-09-20", "2024-09-30", "day", true],
    ["国庆后", "2024-09-20", "2024-10-08", "2024-10-14", "week"],
    ["2016年春节", "2016-01-20", "2016-02-08", "2016-02-08", "day"],
    ["2010年春节", "2010-01-04", "2010-02-14", "2010-02-14", "day"],
    ["春节", "2019-01-04", "2019-02-05", "2019-02-05", "day"],
  ]);

  const noHoliday = ["三年后", "2024年后续计划", "孩子成年之后", "本章节后", "环节前", "今年后半段", "多年前"];
  it.each(noHoliday)("finds no holiday in %s", (text) => {
    expect(parseDatePhrase(text, "2017-01-06")).toBeNull();
  });
});

describe("parseDatePhrase: English mixed in", () => {
  expectRows([
    ["ETA 5/20", REPORT, "2025-05-20", "2025-05-20", "day"],
    ["ETA 12/5", REPORT, "2024-12-05", "2024-12-05", "day"],
    ["by Friday", REPORT, REPORT, "2024-11-29", "day", true],
    ["due 6.30", "2024-06-03", "2024-06-30", "2024-06-30", "day"],
    ["Friday", REPORT, "2024-11-22", "2024-11-22", "day"],
    ["fixed on Fri.", REPORT, "2024-11-22", "2024-11-22", "day"],
    ["plan to ship Monday", REPORT, "2024-11-25", "2024-11-25", "day"],
    ["next Monday", REPORT, "2024-11-25", "2024-11-25", "day"],
    ["EOD", REPORT, REPORT, REPORT, "day"],
    ["tomorrow", REPORT, "2024-11-24", "2024-11-24", "day"],
    ["EOW", REPORT, "2024-11-18", "2024-11-22", "week"],
    ["end of next week", REPORT, "2024-11-25", "2024-11-29", "week"],
    ["end of month", REPORT, "2024-11-21", "2024-11-30", "xun"],
    ["EOQ", REPORT, "2024-12-01", "2024-12-31", "month"],
    ["end of year", REPORT, "2024-12-01", "2024-12-31", "month"],
  ]);

  it.each(["Sun Microsystems", "we sat down", "mon ami", "Wednesdays"])("finds no date in %s", (text) => {
    expect(parseDatePhrase(text, REPORT)).toBeNull();
  });
});

describe("parseDatePhrase: what real reports write", () => {
  expectRows([
    ["预计8月22上线", "2016-10-28", "2016-08-22", "2016-08-22", "day"],
    ["12-12小流量上线", "2017-01-06", "2016-12-12", "2016-12-12", "day"],
    ["组件已上线（12.21）", "2017-01-06", "2016-12-21", "2016-12-21", "day"],
    ["开发完成（01.06）", "2017-01-06", "2017-01-06", "2017-01-06", "day"],
    ["| 2026/5/30 |", "2026-04-03", "2026-05-30", "2026-05-30", "day"],
    ["| 2021/11/1  | 2021/12/30 |", "2021-12-02", "2021-11-01", "2021-11-01", "day"],
  ]);

  it.each([
    "8月22个",
    "3月10天",
    "1月3人参与",
    "3.5小时",
    "6.1 LTS开发板切换",
    "完成 3.2 Release TPC仓毕业",
    "6.12 内核安装测试",
    "2.3版本",
  ])("finds no day in %s", (text) => {
    expect(parseDatePhrase(text, REPORT)?.precision ?? "none").not.toBe("day");
  });
});

describe("findDateMentions: long runs stay linear", () => {
  // 200 KB of one character (or a short unit) where rules look; a pattern that
  // backtracks quadratically takes minutes here, so vitest's timeout is the check.
  const RUN = 200 * 1024;
  const ctx = { reportDate: parseDay(REPORT)!, future: true };
  it.each([
    " ",
    "\t",
    "\u3000",
    "1",
    "0",
    "2",
    "月",
    ".",
    "-",
    "~",
    "～",
    "/",
    "周",
    "第",
    "年",
    "节",
    "后",
    "前",
    "内",
    "天",
    "日",
    "号",
    "W",
    "W1",
    "1月",
    "1月 ",
    "1.",
    "1.1-",
    "1.1 - ",
    "1月1日-",
    "1月1日 - ",
    "20170515-",
    "下周一至",
    "周一-",
    "第1",
    "1天",
    "春节后",
    "节后第一",
    "24.05.",
    "2024-",
    "2024-01-01 - ",
    "12/",
    "Fri ",
    "by ",
    "end of ",
    "(",
    "（",
    "半月",
  ])(
    "a run of %j",
    (unit) => {
      const text = unit.repeat(Math.ceil(RUN / unit.length));
      const mentions = findDateMentions(text, ctx);
      expect(mentions.length).toBeLessThanOrEqual(text.length);
      const tail = findDateMentions(`12/5 ${text} 12/6`, ctx);
      expect(tail.length).toBeGreaterThanOrEqual(1);
    },
    20_000,
  );
});
