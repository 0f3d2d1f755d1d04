// A weekly report written day by day (日报汇总式周报) gives each day a heading of its own:
// `## 周一（12月2日）`, `### 12月4日（周三）`, `**周三 12/4**`, `周三：`, `## 星期三`, `## 2024-12-04`.
// Such a heading is a dated part of the report, as a cumulative log's `2017/1/5` is, never a group.
import { addDays, addWeeks, startOfISOWeek } from "date-fns";
import { parseWeekday } from "../date/chinese-number";
import { chooseYear } from "../report-date/choose-year";
import { dateOnlyLine, toDate, type DayParts } from "../report-date/day-tokens";

/** The day a heading names: its date as written, else its weekday alone (0 = Sunday). */
export interface HeadingDay {
  date: DayParts | null;
  weekday: number | null;
}

// `周三`, `星期三`, `礼拜三`, in emphasis or brackets, with a colon after it
const WEEKDAY_ONLY = /^[\s*_#【[(（]*(?:周|星期|礼拜)([一二三四五六日天])[\s*_】\])）:：]*$/;
const MAX_HEADING = 40;

// `周一（已完成）✅`, `周三（调整）🔥`: how the day went, in a note and a mark after it.
const DAY_NOTE = /[(（][^()（）]{1,12}[)）][\p{Extended_Pictographic}\uFE0F\s]*$/u;

/** The one day a heading or a label line is about, or null when it says anything else (a range, a name). */
export function dayOfHeading(text: string): HeadingDay | null {
  if (text.length > MAX_HEADING) return null;
  return dayAlone(text) ?? (DAY_NOTE.test(text) ? dayAlone(text.replace(DAY_NOTE, "")) : null);
}

function dayAlone(text: string): HeadingDay | null {
  const weekday = WEEKDAY_ONLY.exec(text);
  if (weekday) return { date: null, weekday: parseWeekday(weekday[1]!) };
  const period = dateOnlyLine(text);
  if (!period) return null;
  const { start, end } = period;
  const oneDay = start.year === end.year && start.month === end.month && start.day === end.day;
  return oneDay ? { date: end, weekday: null } : null;
}

/**
 * The calendar day of a day heading: its date in the year nearest the report's, or, for a
 * weekday alone (`## 周三`), that day of the report's ISO week; of the next one in a plan
 * (`## 下周计划` / `### 周一`).
 */
export function headingDate(day: HeadingDay, reportDate: Date, planned: boolean): Date | null {
  if (day.date) {
    const period = { start: day.date, end: day.date, index: 0, length: 0 };
    return toDate(day.date, day.date.year ?? chooseYear(period, reportDate, new Map()));
  }
  if (day.weekday === null) return null;
  const monday = startOfISOWeek(planned ? addWeeks(reportDate, 1) : reportDate);
  return addDays(monday, day.weekday === 0 ? 6 : day.weekday - 1);
}
