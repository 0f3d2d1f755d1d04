import { addDays, addWeeks, getISOWeek, getISOWeekYear, getISOWeeksInYear, startOfISOWeekYear } from "date-fns";
import { findDateMentions } from "./date/find-date-mentions";
import { parseDay } from "./date/format-day";
import type { ExtractionResult } from "./types";

export interface ReportHeader {
  title: string;
  department: string;
  reportDate: Date | null;
  reportDateSource: ExtractionResult["reportDateSource"] | null;
}

const HEADER_SCAN_LINES = 40;
const DATE_LINE = /^\s*[-*>]?\s*\**\s*(?:Created|Date|Updated|日期|时间|报告日期|汇报日期|填写日期|提交日期|创建时间|更新时间|周报日期)\s*\**\s*[:：]\s*(.+)$/i;
const WEEK_IN_TEXT = /(\d{4})\s*[-年]?\s*(?:W|第)\s*(\d{1,2})\s*周?/i;
const TITLE_NOISE = /(\d{4})\s*[-年]?\s*(?:W|第)\s*\d{1,2}\s*周?|工作周报|周报|週報|周总结|weekly\s*report|weekly|\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?|[（(][^（()）]*[)）]/gi;

function firstHeading(lines: readonly string[]): string {
  for (const line of lines) {
    const heading = /^\s*#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading) return heading[1]!.replace(/\*\*/g, "").trim();
    if (line.trim() !== "") return "";
  }
  return "";
}

/** An absolute day in a `Created:`/`日期：` value; a year must be written. */
function absoluteDay(value: string): Date | null {
  const mentions = findDateMentions(value, { reportDate: new Date(2000, 0, 1), future: false });
  const day = mentions.find((m) => m.precision === "day" && /\d{4}/.test(m.text));
  return day ? day.start : null;
}

/**
 * The Saturday of an ISO week: weekly reports are written at the end of the
 * week they describe, and the sample reports (Created: Saturday) agree, so
 * `# 2024-W47` is read as dated 2024-11-23.
 */
function saturdayOfIsoWeek(year: number, week: number): Date | null {
  if (year < 2000 || year > 2100 || week < 1) return null;
  const anchor = new Date(year, 0, 4);
  if (week > getISOWeeksInYear(anchor)) return null;
  return addDays(addWeeks(startOfISOWeekYear(anchor), week - 1), 5);
}

function departmentOf(title: string): string {
  return title.replace(TITLE_NOISE, " ").replace(/[\s\-—–_|·:：,，、#【】\[\]]+/g, " ").trim();
}

/** Title, department and report date, from the header lines or the title's week. */
export function readReportHeader(lines: readonly string[], referenceDate?: string): ReportHeader {
  const title = firstHeading(lines);
  const department = departmentOf(title);
  const argument = referenceDate ? parseDay(referenceDate) : null;
  if (argument) return { title, department, reportDate: argument, reportDateSource: "argument" };
  for (const line of lines.slice(0, HEADER_SCAN_LINES)) {
    const match = DATE_LINE.exec(line);
    const day = match ? absoluteDay(match[1]!) : null;
    if (day) return { title, department, reportDate: day, reportDateSource: "created" };
  }
  const week = WEEK_IN_TEXT.exec(title);
  const saturday = week ? saturdayOfIsoWeek(Number(week[1]), Number(week[2])) : null;
  if (saturday) return { title, department, reportDate: saturday, reportDateSource: "title-week" };
  const titleDay = absoluteDay(title);
  if (titleDay) return { title, department, reportDate: titleDay, reportDateSource: "title-week" };
  return { title, department, reportDate: null, reportDateSource: null };
}

/** 2024-W47 for 2024-11-23. */
export function isoWeekLabel(date: Date): string {
  return `${getISOWeekYear(date)}-W${String(getISOWeek(date)).padStart(2, "0")}`;
}
