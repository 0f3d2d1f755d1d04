import { addYears, differenceInCalendarDays, getISOWeek, getISOWeekYear, isSameISOWeek } from "date-fns";
import { findDateMentions } from "./date/find-date-mentions";
import { parseDay } from "./date/format-day";
import { signatureUnit } from "./outline/letter-frame";
import { datesWithYear, namedYears, statedDoneDays } from "./report-date/body-dates";
import { chooseYear } from "./report-date/choose-year";
import { dateOnlyLine, scanPeriods, toDate, type Period } from "./report-date/day-tokens";
import { fileNameDate } from "./report-date/file-name-date";
import { readFrontMatter } from "./report-date/front-matter";
import { saturdayOfIsoWeek } from "./report-date/iso-week";
import { thisWeekDays } from "./report-date/this-week-days";
import type { ExtractOptions, ReportDateSource } from "./types";

export interface ReportHeader {
  title: string;
  department: string;
  reportDate: Date | null;
  reportDateSource: ReportDateSource | null;
  /** the line of a title written as plain text (`【周报】增长组 12.2-12.6`), no Markdown heading: not part of the body */
  plainTitleLine: number | null;
}

const HEADER_SCAN_LINES = 40;
const LABELS = "Created|Date|Updated|日期|时间|报告日期|汇报日期|填写日期|提交日期|创建时间|更新时间|周报日期";
// `日期：2024-12-06`, `Created: …`, and a bold label without a colon: `**时间**  2024.05.15`.
// No two \s* side by side around an optional part (they would split a run of spaces every
// way): the value starts at its first non-space, or is the last space of a blank one.
const DATE_LINE = new RegExp(
  `^[-*>]?(?:\\s{0,3}\\*\\*\\s*(?:${LABELS})\\s*\\*\\*(?:\\s*[:：])?|(?:\\s{0,3}\\*+)?\\s*(?:${LABELS})\\s*(?:\\*+\\s*)?[:：])` +
    `\\s*(\\S.*|[^\\S\\n\\r\\u2028\\u2029])$`,
  "i",
);
// A form's header line holds several fields: `部门：研发二部    填报人：王磊    日期：2024-12-06`.
// Fields are apart by a wide gap (two spaces, a tab, a bar), not by the space of a sentence.
const FIELD_GAP = /\s{2,}|[\t|｜\u3000]/;
const DEPARTMENT_FIELD = /^(?:(?:所属|填报|汇报|报送)?部门|填报单位|团队|小组|组别|Team|Department)\s*[:：]\s*([^\s:：]{1,20})/i;
// An OA form's period field: `汇报周期：2026年6月3日—2026年6月7日`, `- **报告周期**: 2024.12.02 至 2024.12.06`.
const PERIOD_LABEL =
  /^[-*>\s]*(?:汇报周期|报告周期|统计周期|填报周期|周报周期|报告期间|汇报期间|时间范围|日期范围|起止日期|起止时间)\**\s*[:：]/;
// `2024年12月第1周`, `12月份`: the month (and its week) a title says the report is of
const TITLE_MONTH = /(?:\d{4}年)?\d{1,2}月份?(?:第[\d一二三四五六]周)?/g;

const LABELLED = /^[^\s:：]{1,8}\s*[:：]/;

/** The fields of a form's header line (two `标签：值` at least, emphasis left out), else none. */
function formFields(line: string): string[] {
  if (!FIELD_GAP.test(line)) return [];
  const fields = line
    .replace(/\*\*/g, "")
    .split(FIELD_GAP)
    .map((field) => field.trim())
    .filter((field) => LABELLED.test(field));
  return fields.length >= 2 ? fields : [];
}
// `[-年]\s*` as one optional part: `\s*[-年]?\s*` splits a run of spaces every way.
const WEEK_IN_TEXT = /(\d{4})\s*(?:[-年]\s*)?(?:W|第)\s*(\d{1,2})\s*周?/i;
// What a title says besides the department, one pattern a kind (one alternation of them all outgrew
// what recheck proves linear in its time on a busy machine); read in this order, as the alternation was.
const TITLE_NOISE: readonly RegExp[] = [
  // the 周 of `第47周`, not the first half of the 周报 after it (`2024-W47 周报`)
  /(\d{4})\s*(?:[-年]\s*)?(?:W|第)\s*\d{1,2}(?:\s*周(?![报總总]))?/gi,
  /工作周报|周报|週報|周总结|工作总结|(?:双周)?(?:进展|工作)汇报|weekly\s*report|weekly/gi,
  // `2025 年 03 月 11 日` as typesetting spaces it; `20241206` as a file name writes it
  /\d{4} ?[-./年] ?\d{1,2} ?[-./月] ?\d{1,2} ?日?|(?<!\d)20\d{6}(?!\d)/g,
  // a week or a day without its year: `第49周`, `12.2-12.6`, `12月2日`
  /第\s*\d{1,2}\s*周(?![报總总])|\d{1,2}[./]\d{1,2}|\d{1,2}月\d{1,2}[日号]?/g,
  /[（(][^（()）]*[)）]/g,
  // the label of a tracker's title: `项目: 供应链协同 周报` (禅道), `Team: Infra weekly`
  /^\s*(?:项目|部门|团队|小组|Project|Team)\s*[:：]/i,
];
// A periodical's name and number: `香山双周报 85`, `OSDT Weekly 第076期`, `20250915 期`, `SIG周报 [14]周`.
const PERIODICAL = /(?:双周报|雙週報|半月报)(?:\s*\d{1,4}(?![\d./-]))?|bi-?weekly|(?:第\s*)?\d{1,8}\s*期|\[\d{1,2}\]\s*周(?![报總总])/gi;
const HEADING_MARK = /^#{1,6}[ \t]+/;
const WEEK_OF = /\bweek\s+(?:of|starting|beginning|commencing)\b|当周|所在周|起的一周/i;
/** Body dates this many days past the header's say the header is stale. */
const STALE_AFTER_DAYS = 7;
/** …up to this far: further on, a "done" date is more likely a misreading than the report's date. */
const DONE_WITHIN_DAYS = 92;
const SECTIONS_WITHIN_DAYS = 183;
/** Dates with a year within this of the header (or of the header a year off) count for or against its year. */
const YEAR_EVIDENCE_DAYS = 45;

interface Candidate {
  source: ReportDateSource;
  /** the line the date was read from (its own dates are no evidence against it) */
  line: number | null;
  date: Date | null;
  /** a period without a year (`[11.18-12.2]`, `从1.16-1.20`): dated later from the rest of the report */
  yearless?: Period;
}

/** The text of an ATX heading (`## 标题 ##` → 标题), else null. Plain string work: no backtracking on long lines. */
function headingText(line: string): string | null {
  const trimmed = line.trim();
  const mark = HEADING_MARK.exec(trimmed);
  if (!mark) return null;
  let text = trimmed.slice(mark[0].length);
  let end = text.length;
  while (end > 0 && text[end - 1] === "#") end--;
  if (end < text.length && (end === 0 || /\s/.test(text[end - 1]!))) text = text.slice(0, end).trimEnd();
  return text === "" ? null : text;
}

// A report pasted as plain text keeps its title as its first line: `信息中心工作周报`, `周报 2024/12/06`.
const PLAIN_TITLE = /周报|週報|周总结|周小结|双周报|工作汇报|进展汇报|周例会|weekly/i;
const PLAIN_TITLE_MAX = 40;

function firstHeading(lines: readonly string[], from: number): { text: string; line: number | null } {
  for (let i = from; i < lines.length; i++) {
    const heading = headingText(lines[i]!);
    if (heading !== null) return { text: heading.replace(/\*\*/g, "").trim(), line: i };
    const plain = lines[i]!.replace(/\*\*/g, "").trim();
    if (plain === "") continue;
    const titleLike =
      plain.length <= PLAIN_TITLE_MAX && PLAIN_TITLE.test(plain) && !LABELLED.test(plain) && !/^[-*+>|]|^\d+[.、]/.test(plain);
    return titleLike ? { text: plain, line: i } : { text: "", line: null };
  }
  return { text: "", line: null };
}

/**
 * An absolute day in a `Created:`/`日期：` value; a year must be written. A period
 * (`时间：2024年11月18日-11月22日`) dates the report at its end, when it was written up.
 */
function absoluteDay(value: string): Date | null {
  const mentions = findDateMentions(value, { reportDate: new Date(2000, 0, 1), future: false });
  // a day's end is the day itself
  return mentions.find((m) => (m.precision === "day" || m.precision === "week") && /\d{4}/.test(m.text))?.end ?? null;
}

// `基础架构部周报（2024年12月第1周）`: the n-th week of a month, with its year, names the week
const MONTH_WEEK = /\d{4} ?年 ?\d{1,2} ?月份? ?第 ?[一二三四五1-5] ?周/;

/** The Saturday of the week a title names as a month's n-th week, else null. */
function monthWeekSaturday(title: string): Date | null {
  const named = MONTH_WEEK.exec(title);
  const [mention] = named ? findDateMentions(named[0], { reportDate: new Date(2000, 0, 1), future: false }) : [];
  return mention?.precision === "week" ? saturdayOfIsoWeek(getISOWeekYear(mention.start), getISOWeek(mention.start)) : null;
}

/** The department a header field names (`部门：研发二部`), else null. */
function departmentField(lines: readonly string[], from: number): string | null {
  for (let i = from; i < Math.min(lines.length, from + HEADER_SCAN_LINES); i++) {
    const line = lines[i]!.replace(/\*\*/g, "").trim();
    for (const field of [line, ...formFields(line)]) {
      const named = DEPARTMENT_FIELD.exec(field);
      if (named) return named[1]!;
    }
  }
  return null;
}

// `一、上周未完成部分`, `1. 背景`: a report that opens with a numbered section has no title to name its department.
const SECTION_NUMBER = /^(?:[一二三四五六七八九十]{1,3}|\d{1,2})[、.．]/;

function departmentOf(title: string): string {
  if (SECTION_NUMBER.test(title)) return "";
  return TITLE_NOISE.reduce((text, noise) => text.replace(noise, " "), title.replace(PERIODICAL, " "))
    .replace(TITLE_MONTH, " ")
    .replace(/[\s\-—–_|·:：,，、#【】[\]~～]+/g, " ")
    .trim();
}

/** A date or period in a title: the latest end with a year, else a period without one. */
function titleCandidate(title: string, line: number | null): Candidate | null {
  const periods = scanPeriods(title);
  const dated = periods.map((p) => toDate(p.end)).filter((d): d is Date => d !== null);
  if (dated.length === 1 && WEEK_OF.test(title)) {
    // `Week of Mar 17, 2025`, `3月17日当周`: the day names the week, written up at its end.
    return { source: "title", line, date: saturdayOfIsoWeek(getISOWeekYear(dated[0]!), getISOWeek(dated[0]!)) };
  }
  if (dated.length > 0) return { source: "title", line, date: dated.reduce((a, b) => (b > a ? b : a)) };
  // A yearless single `3-5` in a title may be anything; a yearless range (`[11.18-12.2]`) is a period.
  const yearless = periods.find((p) => p.end.year === null && p.start !== p.end);
  return yearless ? { source: "title", line, date: null, yearless } : null;
}

/**
 * The lines under the title that state the report's period: `> 从2017-01-03到2017-01-06`,
 * `> 2016-10-24 - 2016-10-28`, a date alone on the first line after the title.
 */
function periodLineCandidate(lines: readonly string[], from: number, titleLine: number | null): Candidate | null {
  let first = true;
  for (let i = from; i < Math.min(lines.length, from + HEADER_SCAN_LINES); i++) {
    const line = lines[i]!;
    if (i === titleLine || line.trim() === "") continue;
    if (headingText(line) !== null) return null;
    // a labelled period (`汇报周期：…`) dates the report wherever it stands in the header
    const label = PERIOD_LABEL.exec(line);
    const period = dateOnlyLine(label ? line.slice(label[0].length) : line);
    if (period && (first || label !== null || /^\s*>|从/.test(line))) {
      const date = toDate(period.end);
      return date ? { source: "created", line: i, date } : { source: "created", line: i, date: null, yearless: period };
    }
    first = false;
  }
  return null;
}

/** Lines that are nothing but a date or a period (the sections of a cumulative log), with the line they stand on. */
function datedSections(lines: readonly string[], from: number, skip: ReadonlySet<number>): Array<{ period: Period; line: number }> {
  const sections: Array<{ period: Period; line: number }> = [];
  for (let i = from; i < lines.length; i++) {
    if (skip.has(i)) continue;
    const period = dateOnlyLine(lines[i]!);
    if (period) sections.push({ period, line: i });
  }
  return sections;
}

const latest = (days: readonly Date[]): Date | null => (days.length === 0 ? null : days.reduce((a, b) => (b > a ? b : a)));

/** A header a year off (`从2016-01-03到2016-01-06` in January 2017): the body's dates with a year say so. */
function correctYear(date: Date, evidence: readonly Date[]): Date | null {
  const near = (day: Date) => evidence.filter((d) => Math.abs(differenceInCalendarDays(d, day)) <= YEAR_EVIDENCE_DAYS).length;
  const here = near(date);
  for (const shifted of [addYears(date, 1), addYears(date, -1)]) {
    const there = near(shifted);
    if (there >= 2 && there > here) return shifted;
  }
  return null;
}

/**
 * The latest day the body states as done, or the latest section of a
 * cumulative log, when it is clearly after the header's date: the header was
 * copied from an earlier report.
 */
function staleHeaderDate(lines: readonly string[], from: number, date: Date, skip: ReadonlySet<number>): Date | null {
  const within = (limit: number) => (day: Date) => {
    const after = differenceInCalendarDays(day, date);
    return after > STALE_AFTER_DAYS && after <= limit;
  };
  const done = statedDoneDays(lines, date, skip).filter(within(DONE_WITHIN_DAYS));
  const sections = datedSections(lines, from, skip);
  const sectionDays =
    sections.length < 2
      ? []
      : sections
          .map(({ period }) => toDate(period.end, chooseYear(period, date, new Map())))
          .filter((d): d is Date => d !== null)
          .filter(within(SECTIONS_WITHIN_DAYS));
  // `本周三（6/1）`: a weekday of this week with its date, in a later week than the header's, says the
  // header was copied; the writer named the week, so one week on is enough.
  const thisWeek = thisWeekDays(lines, date, skip).filter((day) => {
    const after = differenceInCalendarDays(day, date);
    return after > 0 && after <= DONE_WITHIN_DAYS && !isSameISOWeek(day, date);
  });
  return latest([...done, ...sectionDays, ...thisWeek]);
}

/** With no header date: the latest dated section with a year, else the latest day stated as done with its year. */
function bodyOnlyDate(lines: readonly string[], from: number, skip: ReadonlySet<number>): Date | null {
  const sections = datedSections(lines, from, skip)
    .map(({ period }) => toDate(period.end))
    .filter((d): d is Date => d !== null);
  if (sections.length > 0) return latest(sections);
  return latest(statedDoneDays(lines, new Date(2000, 0, 1), skip, true));
}

type HeaderOptions = Pick<ExtractOptions, "referenceDate" | "fileName">;

/**
 * Title, department and report date. The date the user gives wins; else, in
 * this order: a `Created:`/`日期：` line, a dated title, the ISO week of the
 * title, the period line under the title, front matter, the uploaded file's
 * name; a stale header gives way to the later days the body states as done.
 */
export function readReportHeader(lines: readonly string[], options: HeaderOptions = {}): ReportHeader {
  const frontMatter = readFrontMatter(lines);
  const from = frontMatter.bodyStart;
  const heading = firstHeading(lines, from);
  // A static-site post names itself in its front matter; its first heading is then a section.
  const title = frontMatter.title || heading.text;
  const department = departmentField(lines, from) ?? (departmentOf(title) || signatureUnit(lines));
  const plainTitleLine = !frontMatter.title && heading.line !== null && headingText(lines[heading.line]!) === null ? heading.line : null;
  const header = (reportDate: Date | null, reportDateSource: ReportDateSource | null): ReportHeader => ({
    title,
    department,
    reportDate,
    reportDateSource: reportDate ? reportDateSource : null,
    plainTitleLine,
  });
  const argument = options.referenceDate ? parseDay(options.referenceDate) : null;
  if (argument) return header(argument, "argument");

  const candidates: Candidate[] = [];
  for (let i = from; i < Math.min(lines.length, from + HEADER_SCAN_LINES); i++) {
    const line = lines[i]!.trim();
    const match =
      DATE_LINE.exec(line) ??
      formFields(line)
        .map((f) => DATE_LINE.exec(f))
        .find(Boolean);
    const day = match ? absoluteDay(match[1]!) : null;
    if (day) {
      candidates.push({ source: "created", line: i, date: day });
      break;
    }
  }
  const titled = title ? titleCandidate(title, frontMatter.title ? null : heading.line) : null;
  if (titled?.date) candidates.push(titled);
  const week = WEEK_IN_TEXT.exec(title);
  const saturday = week ? saturdayOfIsoWeek(Number(week[1]), Number(week[2])) : monthWeekSaturday(title);
  if (saturday) candidates.push({ source: "title-week", line: heading.line, date: saturday });
  if (titled && !titled.date) candidates.push(titled);
  const periodLine = periodLineCandidate(lines, from, frontMatter.title ? null : heading.line);
  if (periodLine) candidates.push(periodLine);
  if (frontMatter.date) candidates.push({ source: "front-matter", line: null, date: frontMatter.date });
  const named = fileNameDate(options.fileName);
  if (named) candidates.push({ source: "file-name", line: null, date: named });

  const skip = new Set<number>();
  for (let i = 0; i < from; i++) skip.add(i);
  if (heading.line !== null && !frontMatter.title) skip.add(heading.line);

  const chosen = candidates[0];
  if (!chosen) return header(bodyOnlyDate(lines, from, skip), "stated-dates");
  let date = chosen.date;
  if (!date && chosen.yearless) {
    const anchor = candidates.find((c) => c.date)?.date ?? null;
    date = toDate(chosen.yearless.end, chooseYear(chosen.yearless, anchor, namedYears(lines)));
  }
  if (!date) return header(bodyOnlyDate(lines, from, skip), "stated-dates");
  if (chosen.line !== null) skip.add(chosen.line);

  let source = chosen.source;
  const typo = correctYear(date, datesWithYear(lines, skip));
  if (typo) [date, source] = [typo, "stated-dates"];
  const stale = staleHeaderDate(lines, from, date, skip);
  if (stale) [date, source] = [stale, "stated-dates"];
  return header(date, source);
}
