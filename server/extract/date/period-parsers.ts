import { getYear, subDays, isBefore } from "date-fns";
import { parseSmallNumber } from "./chinese-number";
import { dayRange, monthRange, quarterRange } from "./ranges";
import { resolveYear } from "./resolve-year";
import { springFestival } from "./spring-festival";
import type { DateContext, DateRange, TokenParser } from "./types";

function yearOf(explicit: string | undefined, word: string | undefined, ctx: DateContext): number | null {
  if (explicit) return Number(explicit);
  if (word === "明年" || word === "次年") return getYear(ctx.reportDate) + 1;
  if (word === "去年") return getYear(ctx.reportDate) - 1;
  if (word === "今年") return getYear(ctx.reportDate);
  return null;
}

/** Q1, 2025 Q1, 2025年Q1, 一季度, 第一季度, 明年一季度. */
export const quarterParser: TokenParser = {
  name: "quarter",
  priority: 85,
  hint: /Q|季度/,
  pattern: /(?:(\d{4})\s*年?\s*|(今年|明年|去年|次年)\s*)?(?:(?<![A-Za-z])Q([1-4])(?![\d])|第?([一二三四1-4])\s*季度)/g,
  parse: (m, ctx) => {
    const quarter = m[3] ? Number(m[3]) : parseSmallNumber(m[4]!);
    if (quarter === null) return null;
    const year = yearOf(m[1], m[2], ctx) ?? resolveYear(quarter * 3, ctx.reportDate);
    return quarterRange(year, quarter);
  },
};

/** 年底, 年末, 年初, 年中, 上半年, 下半年, with an optional year (明年年初, 2025年上半年). */
export const yearPartParser: TokenParser = {
  name: "year-part",
  priority: 85,
  hint: /年/,
  pattern: /(?:(\d{4})\s*年|(今年|明年|去年|次年))?(年底|年末|年初|年中|上半年|下半年)/g,
  parse: (m, ctx) => {
    const part = m[3]!;
    const given = yearOf(m[1], m[2], ctx);
    // 年底 is this December (年底前 in a report); 年初 said late in a year is the coming one.
    const year = given ?? (part === "年初" ? resolveYear(1, ctx.reportDate) : getYear(ctx.reportDate));
    return yearPart(year, part);
  },
};

function yearPart(year: number, part: string): DateRange | null {
  if (part === "年底" || part === "年末") return monthRange(year, 12);
  if (part === "年初") return monthRange(year, 1);
  const span = (from: number, to: number): DateRange | null => {
    const first = monthRange(year, from);
    const last = monthRange(year, to);
    return first && last ? { start: first.start, end: last.end, precision: "quarter" } : null;
  };
  if (part === "年中") return span(6, 7);
  return part === "上半年" ? span(1, 6) : span(7, 12);
}

const FIXED_HOLIDAYS: Record<string, [number, number]> = {
  元旦: [1, 1], 五一: [5, 1], 劳动节: [5, 1], 国庆: [10, 1], 国庆节: [10, 1],
  双十一: [11, 11], 双11: [11, 11], 双十二: [12, 12], 双12: [12, 12],
};

function holidayIn(name: string, year: number): DateRange | null {
  if (name === "春节") {
    const day = springFestival(year);
    return day ? dayRange(year, day.month, day.day) : null;
  }
  const fixed = FIXED_HOLIDAYS[name];
  return fixed ? dayRange(year, fixed[0], fixed[1]) : null;
}

/**
 * 元旦, 春节, 国庆, 五一, 双十一, 双十二: the next one, unless it passed within
 * the last month (a report may still talk about last week's 双十一).
 */
export const holidayParser: TokenParser = {
  name: "holiday",
  priority: 85,
  hint: /元旦|春节|国庆|五一|劳动节|双/,
  pattern: /(?:(\d{4})\s*年|(今年|明年|去年))?(元旦|春节|国庆节?|五一|劳动节|双十一|双11|双十二|双12)(?!\d)/g,
  parse: (m, ctx) => {
    const name = m[3]!;
    const given = yearOf(m[1], m[2], ctx);
    if (given !== null) return holidayIn(name, given);
    const thisYear = holidayIn(name, getYear(ctx.reportDate));
    if (thisYear && !isBefore(thisYear.end, subDays(ctx.reportDate, 31))) return thisYear;
    return holidayIn(name, getYear(ctx.reportDate) + 1);
  },
};

