import { addDays, addWeeks, isAfter, startOfISOWeek } from "date-fns";
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

/** 本周, 这周, 下周, 下下周, 上周, with or without a weekday (下周二, 本周五). */
export const relativeWeekParser: TokenParser = {
  name: "relative-week",
  priority: 80,
  hint: /周|星期|礼拜/,
  relative: true,
  pattern: /(下下|下|本|这|上)个?(?:周|星期|礼拜)([一二三四五六日天1-7])?(?![报会刊期])/g,
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

