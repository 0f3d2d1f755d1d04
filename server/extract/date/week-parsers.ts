import { addDays, addWeeks, getISOWeekYear, getISOWeeksInYear, isAfter, startOfISOWeek, startOfISOWeekYear } from "date-fns";
import { parseWeekday } from "./chinese-number";
import type { DateRange, TokenParser } from "./types";

/** Day `weekday` (0 = Sunday) of the ISO week starting on `monday`. */
function dayOfWeek(monday: Date, weekday: number): Date {
  return addDays(monday, weekday === 0 ? 6 : weekday - 1);
}

function weekRange(monday: Date): DateRange {
  return { start: monday, end: addDays(monday, 6), precision: "week" };
}

function shiftOf(word: string): number {
  if (word === "下下") return 2;
  if (word === "下" || word === "next") return 1;
  if (word === "上" || word === "last") return -1;
  return 0;
}

/**
 * 本周, 这周, 下周, 下下周, 上周, with or without a weekday (下周二, 本周五). Not a week right before a figure
 * (`进度 40%（上周 30%）`, `上周：30%`): it says when the figure was, no event happens then. A digit
 * before a counter (`本周5个需求上线`) counts, it is no weekday.
 */
export const relativeWeekParser: TokenParser = {
  name: "relative-week",
  priority: 80,
  hint: /周|星期|礼拜/,
  relative: true,
  pattern:
    /(下下|下|本|这|上)个?(?:周|星期|礼拜)(?![:：]?\s?\d{1,3}(?:\.\d+)?\s?[%％])([一二三四五六日天]|[1-7](?![\d个项条件次台人%％]))?(?![报会刊期])/g,
  parse: (m, ctx) => {
    const monday = addWeeks(startOfISOWeek(ctx.reportDate), shiftOf(m[1]!));
    if (!m[2]) return weekRange(monday);
    const weekday = parseWeekday(m[2]);
    if (weekday === null) return null;
    const day = dayOfWeek(monday, weekday);
    return { start: day, end: day, precision: "day" };
  },
};

/** this week, next week, last week. */
export const englishWeekParser: TokenParser = {
  name: "english-week",
  priority: 80,
  hint: /week/i,
  relative: true,
  pattern: /\b(this|next|last) week\b/gi,
  parse: (m, ctx) => weekRange(addWeeks(startOfISOWeek(ctx.reportDate), shiftOf(m[1]!.toLowerCase()))),
};

/**
 * A bare weekday (周四, 星期二). Narrative text means this week's day
 * (`周四全部修复上线` in a Saturday report); a planned one (`预计周四`) means
 * the next such day after the report date.
 */
export const weekdayParser: TokenParser = {
  name: "weekday",
  priority: 60,
  hint: /周|星期|礼拜/,
  relative: true,
  pattern: /(?<![本这下上个每首第])(?:周|星期|礼拜)([一二三四五六日天])/g,
  parse: (m, ctx) => {
    const weekday = parseWeekday(m[1]!);
    if (weekday === null) return null;
    let day = dayOfWeek(startOfISOWeek(ctx.reportDate), weekday);
    if (ctx.future && !isAfter(day, ctx.reportDate)) day = addDays(day, 7);
    return { start: day, end: day, precision: "day" };
  },
};

const DAY_OFFSETS: Record<string, number> = { 今天: 0, 今日: 0, 明天: 1, 明日: 1, 后天: 2, 昨天: -1, 昨日: -1 };

/** 今天, 明天, 后天, 昨天. */
export const relativeDayParser: TokenParser = {
  name: "relative-day",
  priority: 60,
  hint: /[今明后昨][天日]/,
  relative: true,
  pattern: /今天|今日|明天|明日|后天|昨天|昨日/g,
  parse: (m, ctx) => {
    const day = addDays(ctx.reportDate, DAY_OFFSETS[m[0]] ?? 0);
    return { start: day, end: day, precision: "day" };
  },
};

/** Monday of ISO week `week` of ISO year `year`, or null when the year has no such week. */
function isoWeekMonday(year: number, week: number): Date | null {
  const anchor = new Date(year, 0, 4);
  if (week < 1 || week > getISOWeeksInYear(anchor)) return null;
  return addWeeks(startOfISOWeekYear(anchor), week - 1);
}

// A bare week number is trusted only near the report: plans reach about a
// quarter ahead, recaps about a month back. Further off, `第11周` is far more
// likely a semester's or a project's own week count than the ISO week
// (team minutes dated 2024-W20 say `第11周任务` of their course).
const WEEKS_BACK = 4;
const WEEKS_AHEAD = 13;

/** The ISO week `week` nearest the report date (this, last or next ISO year), if near enough. */
function nearWeek(week: number, reportDate: Date): DateRange | null {
  const current = startOfISOWeek(reportDate);
  const year = getISOWeekYear(reportDate);
  for (const candidate of [year, year + 1, year - 1]) {
    const monday = isoWeekMonday(candidate, week);
    if (!monday) continue;
    const offset = Math.round((monday.getTime() - current.getTime()) / (7 * 86_400_000));
    if (offset >= -WEEKS_BACK && offset <= WEEKS_AHEAD) return weekRange(monday);
  }
  return null;
}

function weekOf(year: string | undefined, week: number, reportDate: Date): DateRange | null {
  if (!year) return nearWeek(week, reportDate);
  const monday = isoWeekMonday(Number(year), week);
  return monday ? weekRange(monday) : null;
}

/** W23, 2024-W23, 2024W23: an ISO week, as software teams and calendars write it. */
export const isoWeekParser: TokenParser = {
  name: "iso-week",
  priority: 85,
  hint: /W\d/i,
  pattern: /(?<![A-Za-z\d\-_.])(?:(\d{4})[ \t]?-?[ \t]?)?[Ww](\d{1,2})(?![\dA-Za-z_])/g,
  parse: (m, ctx) => weekOf(m[1], Number(m[2]), ctx.reportDate),
};

/**
 * 第23周, 2024年第23周: an ISO week of the given year, else of the report's.
 * `1月份第二周` is the month's week (month-week, which outranks this rule).
 */
export const weekNumberParser: TokenParser = {
  name: "week-number",
  priority: 75,
  hint: /第\s*\d/,
  pattern: /(?:(?<!\d)(\d{4})[ \t]?年[ \t]?)?(?<![月份的\d])第[ \t]?(\d{1,2})[ \t]?(?:周|个?星期)(?![报会刊期年])/g,
  parse: (m, ctx) => weekOf(m[1], Number(m[2]), ctx.reportDate),
};

const ENGLISH_WEEKDAYS: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };

/**
 * Friday, by Friday, Fri, this Friday, next Monday: English weekdays read as
 * their Chinese twins (周五, 本周五, 下周一). Abbreviations must be capitalised
 * and Sat/Sun spelt out: `sat`, `Sun` and `wed` are words and names too.
 */
export const englishWeekdayParser: TokenParser = {
  name: "english-weekday",
  priority: 60,
  hint: /mon|tue|wed|thu|fri|sat|sun/i,
  relative: true,
  pattern:
    /\b(?:([Tt]his|[Nn]ext|[Ll]ast)[ \t]+)?([Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday|Mon|Tues?|Wed|Thu(?:rs?)?|Fri)\b\.?/g,
  parse: (m, ctx) => {
    const weekday = ENGLISH_WEEKDAYS[m[2]!.slice(0, 3).toLowerCase()];
    if (weekday === undefined) return null;
    if (m[1]) {
      const day = dayOfWeek(addWeeks(startOfISOWeek(ctx.reportDate), shiftOf(m[1].toLowerCase())), weekday);
      return { start: day, end: day, precision: "day" };
    }
    // `by Friday`, `due Monday`: a deadline is always still to come.
    const upcoming = ctx.future || /\b(?:by|before|until|till|due)[ \t]+$/i.test(m.input.slice(Math.max(0, m.index - 8), m.index));
    let day = dayOfWeek(startOfISOWeek(ctx.reportDate), weekday);
    if (upcoming && !isAfter(day, ctx.reportDate)) day = addDays(day, 7);
    return { start: day, end: day, precision: "day" };
  },
};

/**
 * 周一至周三, 下周一~周三, 本周三-五: two days of one week. The first day
 * says which week, as 下周一 or a bare 周一 would; the span is fuzzy as a week.
 */
export const weekdayRangeParser: TokenParser = {
  name: "weekday-range",
  priority: 82,
  hint: /[周期拜][一二三四五六日天]\s*[~～〜至到\-–—]/,
  relative: true,
  pattern: new RegExp(
    [
      "(?<![每首第])(下下|下|本|这|上)?个?(?:周|星期|礼拜)([一二三四五六日天])",
      String.raw`[ \t]{0,3}(?:[~～〜至到]|[-–—]{1,2})[ \t]{0,3}`,
      String.raw`(?:周|星期|礼拜)?([一二三四五六日天])(?![一二三四五六七八九十\d])`,
    ].join(""),
    "g",
  ),
  parse: (m, ctx) => {
    const first = parseWeekday(m[2]!);
    const last = parseWeekday(m[3]!);
    if (first === null || last === null) return null;
    const order = (d: number) => (d === 0 ? 7 : d);
    if (order(last) <= order(first)) return null;
    let monday = addWeeks(startOfISOWeek(ctx.reportDate), m[1] ? shiftOf(m[1]) : 0);
    if (!m[1] && ctx.future && !isAfter(dayOfWeek(monday, last), ctx.reportDate)) monday = addWeeks(monday, 1);
    return { start: dayOfWeek(monday, first), end: dayOfWeek(monday, last), precision: "week" };
  },
};

const ENGLISH_DAY_OFFSETS: Record<string, number> = { today: 0, tonight: 0, tomorrow: 1, tmr: 1, yesterday: -1, eod: 0 };

/** today, tomorrow, yesterday, EOD (end of the report's day). */
export const englishRelativeDayParser: TokenParser = {
  name: "english-relative-day",
  priority: 60,
  hint: /today|tonight|tomorrow|tmr|yesterday|EOD/i,
  relative: true,
  pattern: /\b(?:[Tt]oday|[Tt]onight|[Tt]omorrow|[Tt]mr|[Yy]esterday|EOD)\b/g,
  parse: (m, ctx) => {
    const day = addDays(ctx.reportDate, ENGLISH_DAY_OFFSETS[m[0].toLowerCase()] ?? 0);
    return { start: day, end: day, precision: "day" };
  },
};

/** EOW, end of (the) week, end of next week: by Friday of that week, the working week's last day. */
export const englishEndOfWeekParser: TokenParser = {
  name: "english-end-of-week",
  priority: 80,
  hint: /EOW|end of/i,
  relative: true,
  pattern: /\bEOW\b|\b[Ee]nd[ \t]of[ \t](?:(?:the|this)[ \t]|(next)[ \t])?week\b/g,
  parse: (m, ctx) => {
    const monday = addWeeks(startOfISOWeek(ctx.reportDate), m[1] ? 1 : 0);
    return { start: monday, end: addDays(monday, 4), precision: "week" };
  },
};
