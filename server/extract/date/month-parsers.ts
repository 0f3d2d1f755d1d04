import { addMonths, addWeeks, getISOWeek, isSameMonth, startOfISOWeek, addDays } from "date-fns";
import { FIGURE_AFTER, RELEASE_AFTER } from "./absolute-parsers";
import { parseSmallNumber } from "./chinese-number";
import { yearOf } from "./period-parsers";
import { halfMonthRange, monthPartOf, monthRange, spanRange, xunRange } from "./ranges";
import { resolveYear } from "./resolve-year";
import type { DateRange, TokenParser } from "./types";

const MONTH = "(\\d{1,2}|[一二三四五六七八九十]{1,3})";
const NOT_AFTER_NUMBER = "(?<![\\d一二三四五六七八九十个])";

function monthOrPart(year: number, month: number, part: string | undefined): DateRange | null {
  const monthPart = part ? monthPartOf(part) : null;
  return monthPart ? xunRange(year, month, monthPart) : monthRange(year, month);
}

// `中下旬`, `上中旬`: two 旬 at once, 11–end and 1–20.
function twoXun(year: number, month: number, part: string): DateRange | null {
  const from = xunRange(year, month, part === "上中旬" ? "early" : "middle");
  const to = xunRange(year, month, part === "上中旬" ? "middle" : "late");
  return from && to ? spanRange(from.start, to.end) : null;
}

/** A year written with two digits (`25年1月`) within this many years of the report's: further, the digits are likely a count (`成立25年`). */
const SHORT_YEAR_REACH = 2;

/** 12月, 11月份, 12月中旬, 12月中下旬, 1月初, 11月底, 2025年1月上旬, 25年1月, 明年3月. */
export const monthPartParser: TokenParser = {
  name: "month-part",
  priority: 85,
  hint: /月/,
  pattern: new RegExp(
    `${NOT_AFTER_NUMBER}(?:(\\d{4}|\\d{2})\\s*年\\s*|(今年|明年|去年|次年))?${MONTH}\\s*月份?` +
      "(?!\\s*[\\d一二三四五六七八九十廿卅]{1,3}\\s*[日号])" +
      "(上中旬|中下旬|上旬|中旬|下旬|初|底|末|中)?",
    "g",
  ),
  parse: (m, ctx) => {
    const month = parseSmallNumber(m[3]!);
    if (month === null) return null;
    const short = m[1]?.length === 2 ? 2000 + Number(m[1]) : null;
    if (short !== null && Math.abs(short - ctx.reportDate.getFullYear()) > SHORT_YEAR_REACH) return null;
    const year = short ?? yearOf(m[1], m[2], ctx) ?? resolveYear(month, ctx.reportDate);
    return m[4] === "上中旬" || m[4] === "中下旬" ? twoXun(year, month, m[4]) : monthOrPart(year, month, m[4]);
  },
};

/**
 * 2025.01, 2025-01, 2025/1: a year and month with digits alone, as spreadsheets
 * and plans write a month (`预计2025.01上线`). Not a day (`2025.01.15`, the
 * iso-date parser's), a range (`2025.01-2025.03`), a figure (`2025.1万`) nor a
 * version (`2025.01版本`, `版本 2024.12`).
 */
export const yearMonthParser: TokenParser = {
  name: "year-month",
  priority: 84,
  hint: /20\d\d[-./]\d/,
  // a version named by its year and month (`版本 2024.12`, `v2024.12`) comes after 版本/版/version
  pattern: new RegExp(
    `(?<![\\dA-Za-z_./\\-:])(?<!(?:版本?号?|[Vv]ersion)[ \\t]?[:：]?[ \\t]?)(20\\d\\d)[-./](0?[1-9]|1[0-2])` +
      `(?![\\d%％]|[./\\-~～]\\d|${FIGURE_AFTER}|${RELEASE_AFTER})`,
    "g",
  ),
  parse: (m) => monthRange(Number(m[1]), Number(m[2])),
};

/**
 * 12月第三周: the n-th ISO week that belongs to the month, a week belonging to
 * the month holding its Thursday (the ISO rule for years, applied to months).
 * For December 2024 that makes weeks start 12-02, 12-09, 12-16.
 */
export const monthWeekParser: TokenParser = {
  name: "month-week",
  priority: 92,
  hint: /第/,
  pattern: new RegExp(
    `${NOT_AFTER_NUMBER}(?:(\\d{4})\\s*年\\s*)?${MONTH}\\s*月(?:份)?\\s*(?:的)?第\\s*([一二三四五1-5])\\s*(?:周|个星期)`,
    "g",
  ),
  parse: (m, ctx) => {
    const month = parseSmallNumber(m[2]!);
    const nth = parseSmallNumber(m[3]!);
    if (month === null || nth === null || month < 1 || month > 12) return null;
    const year = m[1] ? Number(m[1]) : resolveYear(month, ctx.reportDate);
    return weekOfMonth(year, month, nth);
  },
};

/**
 * The n-th week belonging to a month (1-based; "last" for the last one), a
 * week belonging to the month that holds its Thursday.
 */
function weekOfMonth(year: number, month: number, nth: number | "last"): DateRange | null {
  if (month < 1 || month > 12) return null;
  const first = new Date(year, month - 1, 1);
  let monday = startOfISOWeek(first);
  if (!isSameMonth(addDays(monday, 3), first)) monday = addWeeks(monday, 1);
  if (nth === "last") {
    while (isSameMonth(addDays(addWeeks(monday, 1), 3), first)) monday = addWeeks(monday, 1);
  } else {
    monday = addWeeks(monday, nth - 1);
  }
  if (!isSameMonth(addDays(monday, 3), first) || getISOWeek(monday) < 1) return null;
  return { start: monday, end: addDays(monday, 6), precision: "week" };
}

function monthShift(word: string | undefined): number {
  if (!word || /^[本这]/.test(word)) return 0;
  return word.startsWith("下") ? 1 : -1;
}

/**
 * 本月第二周, 下个月第一周, 本月最后一周, 12月最后一周, 12月底最后一周: the
 * weeks of a month that 12月第三周 (month-week) does not cover.
 */
export const monthNthWeekParser: TokenParser = {
  name: "month-nth-week",
  priority: 92,
  hint: /第|最后/,
  pattern: new RegExp(
    `(?:(本|这个?|下个?|上个?)月(?:底|末)?\\s*(?:的)?(?:第\\s*([一二三四五1-5])|(最后一))` +
      `|${NOT_AFTER_NUMBER}(?:(\\d{4})\\s*年\\s*)?${MONTH}\\s*月份?(?:底|末)?\\s*(?:的)?(最后一))\\s*(?:周|个星期|个礼拜)`,
    "g",
  ),
  parse: (m, ctx) => {
    if (m[5]) {
      const month = parseSmallNumber(m[5]);
      if (month === null) return null;
      return weekOfMonth(m[4] ? Number(m[4]) : resolveYear(month, ctx.reportDate), month, "last");
    }
    const nth = m[3] ? "last" : parseSmallNumber(m[2]!);
    if (nth === null) return null;
    const base = addMonths(ctx.reportDate, monthShift(m[1]));
    return weekOfMonth(base.getFullYear(), base.getMonth() + 1, nth);
  },
};

/**
 * 上半月/前半月 = 1–15, 下半月/后半月 = 16–end, of 12月, 本月, 下个月, or
 * bare (the report's month).
 */
export const halfMonthParser: TokenParser = {
  name: "half-month",
  priority: 86,
  hint: /半月/,
  pattern: new RegExp(
    // Without a month first, from the start of a run of spaces only: from each space of a long run it backtracks quadratically.
    `(?:(本|这个?|下个?|上个?)月|${NOT_AFTER_NUMBER}(?:(\\d{4})\\s*年\\s*)?${MONTH}\\s*月份?|(?<!\\s))\\s*(?:的)?(上|前|下|后)半(?:个)?月`,
    "g",
  ),
  relative: true,
  parse: (m, ctx) => {
    const firstHalf = m[4] === "上" || m[4] === "前";
    if (m[3]) {
      const month = parseSmallNumber(m[3]);
      if (month === null) return null;
      return halfMonthRange(m[2] ? Number(m[2]) : resolveYear(month, ctx.reportDate), month, firstHalf);
    }
    const base = addMonths(ctx.reportDate, monthShift(m[1]));
    return halfMonthRange(base.getFullYear(), base.getMonth() + 1, firstHalf);
  },
};

/** 本月底, 下个月初, 下月中旬, and bare 月初/月底/月中 (of the report's month). */
export const relativeMonthParser: TokenParser = {
  name: "relative-month",
  priority: 70,
  hint: /月/,
  relative: true,
  pattern: /(本|这个?|下个?|上个?)?月(上旬|中旬|下旬|初|底|末|中)(?!心|央|秋)/g,
  parse: (m, ctx) => {
    const shift = !m[1] || /^[本这]/.test(m[1]) ? 0 : m[1].startsWith("下") ? 1 : -1;
    const base = addMonths(ctx.reportDate, shift);
    return monthOrPart(base.getFullYear(), base.getMonth() + 1, m[2]);
  },
};

/** 本月, 下个月, next month. */
export const wholeRelativeMonthParser: TokenParser = {
  name: "relative-whole-month",
  priority: 65,
  hint: /月|month/i,
  relative: true,
  pattern: /(本|这个|下个?|上个?)月(?![份度])|\b(this|next) month\b/gi,
  parse: (m, ctx) => {
    const word = (m[1] ?? m[2] ?? "").toLowerCase();
    const shift = word.startsWith("下") || word === "next" ? 1 : word.startsWith("上") ? -1 : 0;
    const base = addMonths(ctx.reportDate, shift);
    return monthRange(base.getFullYear(), base.getMonth() + 1);
  },
};

const ENGLISH_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** early Jan, mid-Dec, end of Dec, late December. */
export const englishMonthPartParser: TokenParser = {
  name: "english-month-part",
  priority: 82,
  hint: /[A-Za-z]{3}/,
  pattern: /\b(early|mid|late|end of|beginning of)[ -](Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\b/gi,
  parse: (m, ctx) => {
    const month = ENGLISH_MONTHS.indexOf(m[2]!.toLowerCase()) + 1;
    const word = m[1]!.toLowerCase();
    const part = word === "early" || word === "beginning of" ? "初" : word === "mid" ? "中" : "底";
    return monthOrPart(resolveYear(month, ctx.reportDate), month, part);
  },
};

/**
 * EOM, end of (the) month, end of next month: the month's last 旬, as 月底.
 * EOQ / end of quarter: the quarter's last month. EOY / end of year: December, as 年底.
 */
export const englishEndOfPeriodParser: TokenParser = {
  name: "english-end-of-period",
  priority: 80,
  hint: /EO[MQY]|end of/i,
  relative: true,
  pattern: /\bEO([MQY])\b|\b[Ee]nd[ \t]of[ \t](?:(?:the|this)[ \t]|(next)[ \t])?(month|quarter|year)\b/g,
  parse: (m, ctx) => {
    const unit = m[1] === "M" || m[3] === "month" ? "month" : m[1] === "Q" || m[3] === "quarter" ? "quarter" : "year";
    const next = m[2] ? 1 : 0;
    if (unit === "month") {
      const base = addMonths(ctx.reportDate, next);
      return monthOrPart(base.getFullYear(), base.getMonth() + 1, "底");
    }
    if (unit === "quarter") {
      const base = addMonths(ctx.reportDate, next * 3);
      const lastMonth = Math.floor(base.getMonth() / 3) * 3 + 3;
      return monthRange(base.getFullYear(), lastMonth);
    }
    return monthRange(ctx.reportDate.getFullYear() + next, 12);
  },
};
