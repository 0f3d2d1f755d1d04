// Dates and periods as report headers, titles and file names write them:
// `2017-01-06`, `2026_04_03`, `20250915`, `2023 年 5 月 6 日`, `February 23, 2024`,
// yearless `1.16`, `11月18日`, and ranges of them (`从2017-01-03到2017-01-06`,
// `2026.03.30-04.03`, `[11.18-12.2]`, `20170515-20170519`). Local to the report
// date: the body's dates are read by date/findDateMentions.
import { isExists } from "date-fns";

/** A calendar day whose year may be unknown (`1.16` in `从1.16-1.20`). */
export interface DayParts {
  year: number | null;
  month: number;
  day: number;
}

/** One date or a range of two, as found in a text; `end` is the day that dates a report. */
export interface Period {
  start: DayParts;
  end: DayParts;
  index: number;
  length: number;
}

interface Token {
  parts: DayParts;
  index: number;
  length: number;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_WORD = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\\.?";

type Reader = (m: RegExpExecArray) => DayParts | null;

const full = (y: string, mo: string, d: string): DayParts => ({ year: Number(y), month: Number(mo), day: Number(d) });
const english = (mo: string, d: string, y: string): DayParts => ({
  year: Number(y),
  month: MONTHS.indexOf(mo.toLowerCase()) + 1,
  day: Number(d),
});

// Ordered by trust: a token overlapping an earlier kind's token is dropped.
// Every pattern is linear: bounded runs, no nested quantifiers.
const KINDS: ReadonlyArray<readonly [RegExp, Reader]> = [
  [/(?<![\d.])(\d{4})([-./_])(\d{1,2})\2(\d{1,2})(?!\d)/g, (m) => full(m[1]!, m[3]!, m[4]!)],
  [/(?<!\d)(\d{4})\s{0,3}年\s{0,3}(\d{1,2})\s{0,3}月\s{0,3}(\d{1,2})\s{0,3}[日号]?/g, (m) => full(m[1]!, m[2]!, m[3]!)],
  [/(?<![\d.])(\d{4})(\d{2})(\d{2})(?![\d.%])/g, (m) => full(m[1]!, m[2]!, m[3]!)],
  [
    new RegExp(`(?<![a-z])${MONTH_WORD}\\s{0,3}(\\d{1,2})(?:st|nd|rd|th)?,?\\s{1,3}(\\d{4})(?!\\d)`, "gi"),
    (m) => english(m[1]!, m[2]!, m[3]!),
  ],
  [
    new RegExp(`(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s{1,3}${MONTH_WORD},?\\s{1,3}(\\d{4})(?!\\d)`, "gi"),
    (m) => english(m[2]!, m[1]!, m[3]!),
  ],
  [/(?<![\d年])(\d{1,2})\s{0,3}月\s{0,3}(\d{1,2})\s{0,3}[日号]?/g, (m) => ({ year: null, month: Number(m[1]), day: Number(m[2]) })],
  [/(?<![\d.A-Za-z])(\d{1,2})([-./])(\d{1,2})(?![\d.%％倍])/g, (m) => ({ year: null, month: Number(m[1]), day: Number(m[3]) })],
];

function valid(parts: DayParts): boolean {
  if (parts.year !== null && (parts.year < 2000 || parts.year > 2100)) return false;
  return isExists(parts.year ?? 2000, parts.month - 1, parts.day);
}

function tokens(text: string): Token[] {
  const found: Token[] = [];
  for (const [pattern, read] of KINDS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const parts = read(m);
      const end = m.index + m[0].length;
      if (!parts || !valid(parts) || found.some((t) => m!.index < t.index + t.length && t.index < end)) continue;
      found.push({ parts, index: m.index, length: m[0].length });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

const RANGE_SEPARATOR = /^\s{0,3}(?:[-–—~～]{1,2}|至|到|to)\s{0,3}$/i;

/** The end of a range takes the year of its start, the next one when it is earlier in the year. */
function yearOfEnd(start: DayParts, end: DayParts): DayParts {
  if (end.year !== null || start.year === null) return end;
  const earlier = end.month < start.month || (end.month === start.month && end.day < start.day);
  const parts = { ...end, year: start.year + (earlier ? 1 : 0) };
  return valid(parts) ? parts : end;
}

/** Every date and range of dates in `text`, left to right. */
export function scanPeriods(text: string): Period[] {
  const found = tokens(text);
  const periods: Period[] = [];
  for (let i = 0; i < found.length; i++) {
    const first = found[i]!;
    const next = found[i + 1];
    if (next && RANGE_SEPARATOR.test(text.slice(first.index + first.length, next.index))) {
      periods.push({
        start: first.parts,
        end: yearOfEnd(first.parts, next.parts),
        index: first.index,
        length: next.index + next.length - first.index,
      });
      i++;
    } else {
      periods.push({ start: first.parts, end: first.parts, index: first.index, length: first.length });
    }
  }
  return periods;
}

// What may surround a date on a line that says nothing else: Markdown marks,
// brackets, 从/到, a weekday, the week's number (`第 49 周( 2024-12-02 ~ 2024-12-06)`).
const FILLER = /(?:周|星期)[一二三四五六日天]|第 ?\d{1,2} ?周|[\s*_#>+【】[\]()（）从到至~～\-–—,，、:：|]/g;

/** The period of a line that is nothing but a date or a range (`> 从2017-01-03到2017-01-06`, `2017/1/6`, `08-01 – 08-05`). */
export function dateOnlyLine(line: string): Period | null {
  if (line.length > 80) return null;
  const periods = scanPeriods(line);
  if (periods.length !== 1) return null;
  const period = periods[0]!;
  const rest = line.slice(0, period.index) + line.slice(period.index + period.length);
  return rest.replace(FILLER, "") === "" ? period : null;
}

/** The day of `parts` in `year` (its own year when it has one), or null when that day does not exist. */
export function toDate(parts: DayParts, year: number | null = parts.year): Date | null {
  const y = parts.year ?? year;
  if (y === null || !isExists(y, parts.month - 1, parts.day)) return null;
  return new Date(y, parts.month - 1, parts.day);
}

/** First and last day of a period whose end falls in `endYear` (a yearless start may be in the year before). */
export function periodDays(period: Period, endYear: number): { start: Date; end: Date } | null {
  const end = toDate(period.end, endYear);
  if (!end) return null;
  const { start: s } = period;
  const startYear =
    s.year ??
    (s.month > end.getMonth() + 1 || (s.month === end.getMonth() + 1 && s.day > end.getDate()) ? end.getFullYear() - 1 : end.getFullYear());
  const start = toDate(s, startYear);
  return start ? { start, end } : null;
}
