// `本周三（6/1）上线了…`, `本周五(6月3日)完成开发`: the writer names a weekday of this
// week and its date together, which pins the week the report was written in.
import { differenceInCalendarDays, getISOWeek, getISOWeekYear } from "date-fns";

const MAX_LINE = 2_000;
const MAX_LINES = 5_000;
const THIS_WEEK_DAY = /本周([一二三四五六日天])\s{0,2}[（(]\s{0,2}(\d{1,2})(?:[./-]|月)(\d{1,2})日?\s{0,2}[)）]/g;
const WEEKDAY: Record<string, number> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };

/** The day a month and day name nearest `near`, in its year or the one before or after. */
function nearestDay(month: number, day: number, near: Date): Date | null {
  let best: Date | null = null;
  for (const year of [near.getFullYear() - 1, near.getFullYear(), near.getFullYear() + 1]) {
    const date = new Date(year, month - 1, day);
    if (date.getMonth() !== month - 1) continue;
    if (!best || Math.abs(differenceInCalendarDays(date, near)) < Math.abs(differenceInCalendarDays(best, near))) best = date;
  }
  return best;
}

/**
 * The days the body names as `本周X（M/D）` whose weekday is right, when they all
 * fall in one ISO week; else none (two weeks named so are a cumulative log, or a slip).
 */
export function thisWeekDays(lines: readonly string[], near: Date, skip: ReadonlySet<number> = new Set()): Date[] {
  const days: Date[] = [];
  for (let i = 0; i < Math.min(lines.length, MAX_LINES); i++) {
    if (skip.has(i)) continue;
    const line = lines[i]!.slice(0, MAX_LINE);
    if (!line.includes("本周")) continue;
    for (const m of line.matchAll(THIS_WEEK_DAY)) {
      const date = nearestDay(Number(m[2]), Number(m[3]), near);
      if (date && date.getDay() === WEEKDAY[m[1]!]) days.push(date);
    }
  }
  const weeks = new Set(days.map((d) => `${getISOWeekYear(d)}-${getISOWeek(d)}`));
  return weeks.size === 1 ? days : [];
}
