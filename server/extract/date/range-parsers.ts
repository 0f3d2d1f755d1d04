import { FIGURE_AFTER } from "./absolute-parsers";
import { parseSmallNumber } from "./chinese-number";
import { dayRange, spanRange } from "./ranges";
import { resolveYear } from "./resolve-year";
import type { DateRange, TokenParser } from "./types";

// Ranges are one mention: start = first day, end = last day (the deadline
// reading). They outrank the dates they are made of, so `5.6-5.9` is never
// read as two dates, nor `1月6日-8日` as 1月6日 plus the 8th of the report's month.
const RANGE_PRIORITY = 110;
// Bounded spaces only: an unbounded \s* next to another would backtrack
// quadratically on a long run of spaces.
const SP = "[ \\t\\u3000]{0,3}";
// ~ ～ 〜 至 到 and dashes join the two ends; 或 (`26日或27日`) offers either day, read as the span.
const JOIN = `${SP}(?:[~～〜至到或]|[-–—]{1,2})${SP}`;
const JOIN_NO_OR = `${SP}(?:[~～〜至到]|[-–—]{1,2})${SP}`;
// A range longer than this is no span of days people write as `A-B`; figures (`1.5-8.5`) often are.
const MAX_SPAN_DAYS = 92;

/**
 * The span from a resolved first day to a last day given as month (optional,
 * else the first day's) and day; the year rolls over when the end month comes
 * before the start month (`12.28-1.3`).
 */
function spanFrom(first: DateRange | null, endMonth: number | null, endDay: number, endYear?: number): DateRange | null {
  if (!first) return null;
  const startMonth = first.start.getMonth() + 1;
  const month = endMonth ?? startMonth;
  const year = endYear ?? first.start.getFullYear() + (month < startMonth ? 1 : 0);
  const last = dayRange(year, month, endDay);
  if (!last) return null;
  const range = spanRange(first.start, last.start);
  if (!range || range.precision === "day") return null;
  const days = (last.start.getTime() - first.start.getTime()) / 86_400_000;
  return days <= MAX_SPAN_DAYS ? range : null;
}

/**
 * 3.12~3.18, 5.6-5.9, 11.18-12.2, 12/28~1/3, 01-05~06, 08-01 – 08-05: two
 * month-day dates (the second may omit its month) joined by a range mark.
 * `12-05-08` is left alone: with dashes throughout it may be a year-first date.
 */
export const numericRangeParser: TokenParser = {
  name: "numeric-range",
  priority: RANGE_PRIORITY,
  hint: /\d[/.-]\d{1,2}\s*[~～〜至到\-–—]/,
  pattern: new RegExp(
    `(?<![\\dA-Za-z./\\-:版本第¥$])(\\d{1,2})([/.\\-])(\\d{1,2})${JOIN_NO_OR}(?:(\\d{1,2})\\2)?(\\d{1,2})(?!${FIGURE_AFTER}|[./\\-:]\\d)`,
    "g",
  ),
  parse: (m, ctx) => {
    const month = Number(m[1]);
    const endMonth = m[4] ? Number(m[4]) : null;
    if (month < 1 || month > 12) return null;
    // Without its month, the end must follow the start, and a dash may not be the only mark.
    if (endMonth === null && (Number(m[5]) <= Number(m[3]) || (m[2] === "-" && /^\s*-\s*$/.test(joinOf(m))))) return null;
    return spanFrom(dayRange(resolveYear(month, ctx.reportDate), month, Number(m[3])), endMonth, Number(m[5]));
  },
};

/** The text between the two ends of a numeric range match. */
function joinOf(m: RegExpExecArray): string {
  const head = m[1]!.length + m[2]!.length + m[3]!.length;
  const tail = (m[4] ? m[4].length + m[2]!.length : 0) + m[5]!.length;
  return m[0].slice(head, m[0].length - tail);
}

/**
 * 2023-03-12 ~ 2023-03-18, 2016-10-24 - 2016-10-28, 2026.03.30-04.03,
 * 从2016-01-03到2016-01-06, 2024/1/6-8: a dated first day; the end may drop
 * its year, or year and month.
 */
export const isoRangeParser: TokenParser = {
  name: "iso-range",
  priority: RANGE_PRIORITY,
  hint: /\d{4}[-./]\d/,
  pattern: new RegExp(
    `(?<![\\d./\\-])(\\d{4})([-./])(\\d{1,2})\\2(\\d{1,2})${JOIN_NO_OR}(?:(?:(\\d{4})\\2)?(\\d{1,2})\\2)?(\\d{1,2})(?![\\d%％]|[./\\-]\\d)`,
    "g",
  ),
  parse: (m) => {
    const first = dayRange(Number(m[1]), Number(m[3]), Number(m[4]));
    const endMonth = m[6] ? Number(m[6]) : null;
    if (endMonth === null && Number(m[7]) <= Number(m[4])) return null;
    return spanFrom(first, endMonth, Number(m[7]), m[5] ? Number(m[5]) : undefined);
  },
};

const MONTH = "(\\d{1,2}|[一二三四五六七八九十]{1,3})";
const DAY = "(\\d{1,2}|[一二三四五六七八九十廿卅]{1,3})";

/**
 * 1月6日-8日, 1月6-8日, 1月6日至1月8日, 12月28日~1月3日, 12月26日或27日,
 * 2024年1月6日至8日: the end needs its 日/号; it may repeat year and month.
 */
export const chineseRangeParser: TokenParser = {
  name: "chinese-range",
  priority: RANGE_PRIORITY,
  hint: /月/,
  pattern: new RegExp(
    `(?<![\\d一二三四五六七八九十])(?:(\\d{4})${SP}年${SP})?${MONTH}${SP}月${SP}${DAY}(?:${SP}[日号])?${JOIN}` +
      `(?:(?:(\\d{4})${SP}年${SP})?${MONTH}${SP}月${SP})?${DAY}${SP}[日号]`,
    "g",
  ),
  parse: (m, ctx) => {
    const month = parseSmallNumber(m[2]!);
    const day = parseSmallNumber(m[3]!);
    const endMonth = m[5] ? parseSmallNumber(m[5]) : null;
    const endDay = parseSmallNumber(m[6]!);
    if (month === null || day === null || endDay === null || (m[5] && endMonth === null)) return null;
    const year = m[1] ? Number(m[1]) : resolveYear(month, ctx.reportDate);
    return spanFrom(dayRange(year, month, day), endMonth, endDay, m[4] ? Number(m[4]) : undefined);
  },
};

/**
 * 20170515-20170519: two compact day stamps (file names, log headers), as
 * strict as the single stamp: no digit or letter glued to either end.
 */
export const dayStampRangeParser: TokenParser = {
  name: "day-stamp-range",
  priority: RANGE_PRIORITY,
  hint: /20\d{6}/,
  pattern: new RegExp(
    `(?<![\\dA-Za-z_./:])(?<![\\dA-Za-z]-)(20\\d\\d)(\\d\\d)(\\d\\d)${JOIN_NO_OR}(20\\d\\d)(\\d\\d)(\\d\\d)(?![\\dA-Za-z_%％]|[./\\-:]\\d)`,
    "g",
  ),
  parse: (m) => spanFrom(dayRange(Number(m[1]), Number(m[2]), Number(m[3])), Number(m[5]), Number(m[6]), Number(m[4])),
};
