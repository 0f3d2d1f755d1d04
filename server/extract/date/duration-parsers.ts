import { addBusinessDays, addDays, addMonths } from "date-fns";
import { parseSmallNumber } from "./chinese-number";
import { spanRange } from "./ranges";
import type { DateContext, DateRange, TokenParser } from "./types";

// How far a duration may reach: beyond this, `N天内` is a figure, not a plan.
const MAX_COUNT: Record<string, number> = { day: 180, workday: 120, week: 26, month: 12 };

function unitOf(word: string): string | null {
  if (word === "工作日" || word === "business day") return "workday";
  if (/^(?:天|日|day)$/.test(word)) return "day";
  if (/^(?:周|星期|礼拜|week)$/.test(word)) return "week";
  if (/^(?:月|month)$/.test(word)) return "month";
  return null;
}

/** From the report date to the end of `count` units after it: the deadline reading of "within". */
function withinFromReport(count: number, unit: string, ctx: DateContext): DateRange | null {
  if (!Number.isFinite(count) || count <= 0 || count > (MAX_COUNT[unit] ?? 0)) return null;
  const from = ctx.reportDate;
  const end =
    unit === "day"
      ? addDays(from, count)
      : unit === "workday"
        ? addBusinessDays(from, count)
        : unit === "week"
          ? addDays(from, Math.round(count * 7))
          : // 半个月 is 15 days; addMonths counts whole months only.
            count < 1
            ? addDays(from, Math.round(count * 30))
            : addMonths(from, count);
  return spanRange(from, end);
}

function countOf(text: string): number | null {
  if (text === "半") return 0.5;
  if (text === "几" || text === "数") return null;
  return parseSmallNumber(text);
}

/**
 * 3天内, 两周内, 一个月内, 半个月内, 3个工作日内, 未来两周, 接下来3天: a span
 * counted from the report date; the promise is its end (deadline). A month
 * needs 个 (`3月内` is "within March"). Not when a rate or count follows
 * (`7天内留存率`, `3天内复购人数` are metrics).
 */
export const durationParser: TokenParser = {
  name: "duration",
  priority: 78,
  hint: /[天日周期拜月][ \t]?[之以]?内|未来|接下来/,
  relative: true,
  deadline: true,
  pattern: new RegExp(
    [
      String.raw`(?:(未来|接下来的?)[ \t]?)?`,
      String.raw`(?<![\d.\-~～])(\d{1,3}|[一二两三四五六七八九十]{1,2}|半)[ \t]?`,
      String.raw`(?:(个)[ \t]?)?(工作日|天|日|周|星期|礼拜|月)`,
      String.raw`(?:[ \t]?(之内|以内|内))?`,
      String.raw`(?![^，。,;；\n]{0,8}(?:率|占比|人数|次数|用户数|留存|复购|活跃))`,
    ].join(""),
    "g",
  ),
  parse: (m, ctx) => {
    if (!m[1] && !m[5]) return null;
    const unit = unitOf(m[4]!);
    const count = countOf(m[2]!);
    if (unit === null || count === null) return null;
    if (unit === "month" && !m[3]) return null;
    if (count === 0.5 && unit !== "month") return null;
    return withinFromReport(count, unit, ctx);
  },
};

const ENGLISH_COUNTS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };

/** within 2 weeks, in 3 days, within a month, in 5 business days: as 两周内. */
export const englishDurationParser: TokenParser = {
  name: "english-duration",
  priority: 78,
  hint: /\b(?:within|in|next)\s/i,
  relative: true,
  deadline: true,
  pattern:
    /\b(?:[Ww]ithin|[Ii]n|(?:the[ \t])?[Nn]ext)[ \t](?:the[ \t]next[ \t])?(\d{1,3}|an?|one|two|three|four|five|six)[ \t](business[ \t]day|day|week|month)s?\b/g,
  parse: (m, ctx) => {
    const count = ENGLISH_COUNTS[m[1]!.toLowerCase()] ?? Number(m[1]);
    const unit = unitOf(m[2]!);
    return unit ? withinFromReport(count, unit, ctx) : null;
  },
};
