import { addDays, getYear, subDays, isBefore } from "date-fns";
import { parseSmallNumber } from "./chinese-number";
import { dayRange, daysBetween, monthRange, quarterRange, spanRange } from "./ranges";
import { resolveYear } from "./resolve-year";
import { springFestival } from "./spring-festival";
import type { DateContext, DateRange, TokenParser } from "./types";

/** The year a phrase states: written (2025), or said (明年, 去年, 今年), else null. */
export function yearOf(explicit: string | undefined, word: string | undefined, ctx: DateContext): number | null {
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
  // `年\s*` as one optional part: `\s*年?\s*` splits a run of spaces every way.
  pattern: /(?:(\d{4})\s*(?:年\s*)?|(今年|明年|去年|次年)\s*)?(?:(?<![A-Za-z])Q([1-4])(?![\d])|第?([一二三四1-4])\s*季度)/g,
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
  // `2024年底` shares its 年 (年? lets it); 年中 is no part of `一年中`, `年中国`, `年中秋`.
  pattern: new RegExp(
    [
      String.raw`(?:(\d{4})\s*年?|(今年|明年|去年|次年))?`,
      "(?<![一二三四五六七八九十两几多半每])",
      "(年底|年末|年初|年中(?![国秋心央华])|上半年|下半年)",
    ].join(""),
    "g",
  ),
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
  元旦: [1, 1],
  五一: [5, 1],
  劳动节: [5, 1],
  国庆: [10, 1],
  国庆节: [10, 1],
  双十一: [11, 11],
  双11: [11, 11],
  双十二: [12, 12],
  双12: [12, 12],
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
    return given !== null ? holidayIn(name, given) : nearestNamed(name, ctx);
  },
};

// The days off around each holiday (statutory, roughly; the exact calendar
// moves a day or two from year to year, which a fuzzy week absorbs). 春节 runs
// from 除夕 to 初六: work starts again on 初七.
const HOLIDAY_DAYS_OFF: Record<string, [before: number, after: number]> = {
  春节: [1, 5],
  国庆: [0, 6],
  国庆节: [0, 6],
  五一: [0, 4],
  劳动节: [0, 4],
  元旦: [0, 0],
};

function daysOff(name: string, day: DateRange): DateRange {
  const [before, after] = HOLIDAY_DAYS_OFF[name] ?? [0, 0];
  return { start: subDays(day.start, before), end: addDays(day.end, after), precision: "day" };
}

/** The holiday `name` a report means when it gives no year: the next one, or one passed within a month. */
function nearestNamed(name: string, ctx: DateContext): DateRange | null {
  const thisYear = holidayIn(name, getYear(ctx.reportDate));
  if (thisYear && !isBefore(thisYear.end, subDays(ctx.reportDate, 31))) return thisYear;
  return holidayIn(name, getYear(ctx.reportDate) + 1);
}

// 节后/节前 name no holiday: the long holidays people plan around, the nearest one.
const LONG_HOLIDAYS = ["元旦", "春节", "五一", "国庆"];
const NEAR_HOLIDAY_DAYS = 45;
const RECENT_HOLIDAY_DAYS = 14;

/**
 * The long holiday 节后/节前 mean: the coming one (or the one under way) within
 * a month and a half, as plans look ahead; for 节后 only, else one whose days off
 * ended within the last two weeks (`节后第一周` told after the fact).
 */
function nearestHoliday(ctx: DateContext, comingOnly: boolean): { name: string; day: DateRange } | null {
  const year = getYear(ctx.reportDate);
  const all = LONG_HOLIDAYS.flatMap((name) =>
    [year - 1, year, year + 1].flatMap((y) => {
      const day = holidayIn(name, y);
      return day ? [{ name, day, off: daysOff(name, day) }] : [];
    }),
  ).sort((a, b) => a.off.start.getTime() - b.off.start.getTime());
  const coming = all.find((h) => daysBetween(ctx.reportDate, comingOnly ? h.off.start : h.off.end) >= (comingOnly ? 1 : 0));
  if (coming && daysBetween(ctx.reportDate, coming.off.start) <= NEAR_HOLIDAY_DAYS) return coming;
  if (comingOnly) return null;
  const past = all
    .filter((h) => daysBetween(h.off.end, ctx.reportDate) > 0 && daysBetween(h.off.end, ctx.reportDate) <= RECENT_HOLIDAY_DAYS)
    .pop();
  return past ?? null;
}

// 年 alone is 春节 only as 年后/年前 (过年后, 年前上线), never in 三年后, 2024年前, 今年后续,
// nor after the words that end in 年 (成年之后, 往年前, 少年, 近年).
const YEAR_ALONE = [
  "(?<![\\d一二三四五六七八九十两几多个",
  "今明去前后全本当每同该新跨上下半学财周",
  "百千万年成青少老童中晚往近早历常长翌旧隔逐之])年",
].join("");
// 节 alone is the holiday at hand, never a section or a word ending in 节 (章节, 环节, 细节 …).
const FESTIVAL_ALONE = "(?<![\\d一二三四五六七八九十第章环细调关音情礼季小时中竹符春假过])节";
const HOLIDAY_WORD =
  "(?:(\\d{4})\\s*年|(今年|明年|去年))?" + `(?:(元旦|春节|国庆节?|五一|劳动节)|(${YEAR_ALONE})|(${FESTIVAL_ALONE}))` + "(?:假期|长假)?";

/** The holiday a 春节后/年后/节后 match names, as the day (or first day) the name gives. */
function holidayNamed(m: RegExpExecArray, ctx: DateContext, comingOnly: boolean): { name: string; day: DateRange } | null {
  if (m[5]) return nearestHoliday(ctx, comingOnly);
  const name = m[3] ?? "春节";
  const given = yearOf(m[1], m[2], ctx);
  const day = given !== null ? holidayIn(name, given) : nearestNamed(name, ctx);
  return day ? { name, day } : null;
}

/**
 * 春节后, 年后, 节后, 国庆后, 春节后一周, 春节后两周, 节后第一周: the week(s)
 * after the days off end. 年后 is 春节后 (colloquially the new year is the
 * lunar one); 节后 is after the nearest long holiday.
 */
export const holidayAfterParser: TokenParser = {
  name: "holiday-after",
  priority: 87,
  hint: /[年节旦庆一][假期长]*[之以]?后/,
  relative: true,
  pattern: new RegExp(`${HOLIDAY_WORD}(?:之后|以后|后)(?:[ \\t]?(第)?([一二两三1-3])[ \\t]?个?(?:周|星期|礼拜))?(?![续面期台端来])`, "g"),
  parse: (m, ctx) => {
    const holiday = holidayNamed(m, ctx, false);
    if (!holiday) return null;
    const weeks = m[7] ? (parseSmallNumber(m[7]) ?? 1) : 1;
    const start = addDays(daysOff(holiday.name, holiday.day).end, 1);
    // `节后第二周` is the second week alone; `春节后两周` both.
    const first = m[6] ? addDays(start, (weeks - 1) * 7) : start;
    return spanRange(first, addDays(start, weeks * 7 - 1));
  },
};

/**
 * 年前, 节前, 年前上线: by the eve of the holiday, as 春节前 (which the
 * holiday rule and the deadline 前 already read). 年前 is before 春节; 节前
 * before the next long holiday.
 */
export const holidayBeforeParser: TokenParser = {
  name: "holiday-before",
  priority: 84,
  hint: /[年节][假期长]*[之以]?前/,
  relative: true,
  deadline: true,
  pattern: new RegExp(`${HOLIDAY_WORD}(?:之前|以前|前)(?![端置台后期面序提天])`, "g"),
  parse: (m, ctx) => {
    // 春节前, 国庆前: the holiday rule reads these (with the deadline 前).
    if (m[3]) return null;
    const holiday = holidayNamed(m, ctx, true);
    if (!holiday) return null;
    const eve = subDays(holiday.day.start, 1);
    return { start: isBefore(ctx.reportDate, eve) ? ctx.reportDate : eve, end: eve, precision: "day" };
  },
};
