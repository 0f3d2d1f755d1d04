import { endOfMonth, endOfQuarter, isExists, lastDayOfMonth } from "date-fns";
import type { DateRange } from "./types";

/** One calendar day, or null when it does not exist (2月30日). */
export function dayRange(year: number, month: number, day: number): DateRange | null {
  if (!isExists(year, month - 1, day)) return null;
  const date = new Date(year, month - 1, day);
  return { start: date, end: date, precision: "day" };
}

export function monthRange(year: number, month: number): DateRange | null {
  if (month < 1 || month > 12) return null;
  const start = new Date(year, month - 1, 1);
  return { start, end: endOfDay(endOfMonth(start)), precision: "month" };
}

export type MonthPart = "early" | "middle" | "late";

/** 上旬/初 = 1–10, 中旬/月中 = 11–20, 下旬/底/末 = 21–end: the Chinese 旬. */
export function xunRange(year: number, month: number, part: MonthPart): DateRange | null {
  if (month < 1 || month > 12) return null;
  const first = new Date(year, month - 1, 1);
  const last = lastDayOfMonth(first).getDate();
  const [from, to] = part === "early" ? [1, 10] : part === "middle" ? [11, 20] : [21, last];
  return { start: new Date(year, month - 1, from), end: new Date(year, month - 1, to), precision: "xun" };
}

export function quarterRange(year: number, quarter: number): DateRange | null {
  if (quarter < 1 || quarter > 4) return null;
  const start = new Date(year, (quarter - 1) * 3, 1);
  return { start, end: endOfDay(endOfQuarter(start)), precision: "quarter" };
}

/** Ranges hold calendar days; dropping the time keeps comparisons by day exact. */
function endOfDay(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate());
}

/** Maps 上旬/初/中旬/中/下旬/底/末 to a part of the month. */
export function monthPartOf(word: string): MonthPart | null {
  if (word === "上旬" || word === "初") return "early";
  if (word === "中旬" || word === "中") return "middle";
  if (word === "下旬" || word === "底" || word === "末") return "late";
  return null;
}

const DAY_MS = 86_400_000;

/** Whole calendar days from `start` to `end` (DST-proof: rounds the hour a clock change adds or drops). */
export function daysBetween(start: Date, end: Date): number {
  return Math.round((end.getTime() - start.getTime()) / DAY_MS);
}

/**
 * The precision of an explicit span of days (`3.12~3.18`, `12月26日或27日`):
 * a few days are as fuzzy as a week, up to a 旬 as a 旬, then a month, then a quarter.
 * The scorer and the tracker treat anything but `day` as "some day in the range".
 */
export function spanRange(start: Date, end: Date): DateRange | null {
  const days = daysBetween(start, end);
  if (days < 0) return null;
  const precision = days === 0 ? "day" : days <= 6 ? "week" : days <= 10 ? "xun" : days <= 31 ? "month" : "quarter";
  return { start, end, precision };
}

/** 上半月 = 1–15, 下半月 = 16–end; as fuzzy as a 旬, which is what the tracker needs to know. */
export function halfMonthRange(year: number, month: number, firstHalf: boolean): DateRange | null {
  if (month < 1 || month > 12) return null;
  const last = lastDayOfMonth(new Date(year, month - 1, 1)).getDate();
  const [from, to] = firstHalf ? [1, 15] : [16, last];
  return { start: new Date(year, month - 1, from), end: new Date(year, month - 1, to), precision: "xun" };
}
