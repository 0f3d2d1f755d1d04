// What the body of a report says about when it was written: the days it states
// as done (`2.10已提测`, `2.10下午已解决`), the dates it writes with a year
// (`2017.01.06`), the years it names at all.
import { findDateMentions } from "../date/find-date-mentions";

const MAX_LINE = 2_000;
/** Evidence is read from the first lines only: enough for any weekly report, bounded for a huge paste. */
const MAX_LINES = 5_000;
// A clause: table cells, list separators and sentences are read apart.
const CLAUSE = /[，,；;。！!？?|]/;
const DONE = /已|完成|解决|done|fixed|finished|merged/i;
// …and the day is the done event's: the marker follows it closely (`2.10已提测`,
// `2.10下午已解决`, `20170519 陈刚 已解决`) or it is bracketed right after it (`已上线（01.05）`).
// A bare 完成 after a day is as often a plan (`1月5日完成存储迁移`): only 完成了 says it happened.
const DONE_AFTER = /^\s{0,2}(?:[^\s\d，,]{1,3}\s{0,2})?(?:已|完成了|解决了|done|fixed|finished|merged)/i;
const DONE_BEFORE = /(?:已[^\s\d，,（(]{1,4}|完成|解决)\s{0,2}[（(]\s{0,2}$/;
// `2.1 独立完成…`, `3.2 Release`: a section number at the head of a clause, not a date.
const NUMBERING = /^[\s\-*+#>]*$/;
// …but not when the clause plans, waits or postpones.
const NOT_DONE = new RegExp(
  "预计|计划|将|待|未|争取|目标|预期|拟|需|下周|下月|延期|推迟|延后|之前|以前|尚|要|会|前完成|里程碑|节点|by|before|plan",
  "i",
);
const HAS_YEAR = /(?<!\d)\d{4}(?!\d)|(?<!\d)\d{8}(?!\d)/;

function* clauses(lines: readonly string[], skip: ReadonlySet<number>): Generator<string> {
  for (let i = 0; i < Math.min(lines.length, MAX_LINES); i++) {
    if (skip.has(i)) continue;
    const line = lines[i]!.slice(0, MAX_LINE);
    if (line.trim() === "") continue;
    yield* line.split(CLAUSE);
  }
}

/** Days the text states as done (day precision, no deadline), partial dates read against `reportDate`. */
export function statedDoneDays(
  lines: readonly string[],
  reportDate: Date,
  skip: ReadonlySet<number> = new Set(),
  withYearOnly = false,
): Date[] {
  const days: Date[] = [];
  for (const clause of clauses(lines, skip)) {
    if (!DONE.test(clause) || NOT_DONE.test(clause)) continue;
    for (const mention of findDateMentions(clause, { reportDate, future: false })) {
      if (mention.precision !== "day" || mention.deadline || mention.relative) continue;
      if (withYearOnly && !HAS_YEAR.test(mention.text)) continue;
      const before = clause.slice(Math.max(0, mention.index - 12), mention.index);
      const after = clause.slice(mention.index + mention.length, mention.index + mention.length + 12);
      if (mention.rule === "numeric-month-day" && NUMBERING.test(clause.slice(0, mention.index)) && /^\s/.test(after)) continue;
      if (!DONE_AFTER.test(after) && !DONE_BEFORE.test(before)) continue;
      days.push(mention.end);
    }
  }
  return days;
}

/** Days the text writes with their year (`2017.01.06`, `2016-12-30`), wherever they stand. */
export function datesWithYear(lines: readonly string[], skip: ReadonlySet<number> = new Set()): Date[] {
  const days: Date[] = [];
  const context = { reportDate: new Date(2000, 0, 1), future: false };
  for (let i = 0; i < Math.min(lines.length, MAX_LINES); i++) {
    if (skip.has(i)) continue;
    const line = lines[i]!.slice(0, MAX_LINE);
    if (!HAS_YEAR.test(line)) continue;
    for (const mention of findDateMentions(line, context)) {
      if (mention.precision === "day" && !mention.relative && HAS_YEAR.test(mention.text)) days.push(mention.end);
    }
  }
  return days;
}

/** Every year 2000–2100 the text names (in dates, plans, even a host name `2016q4`), with how often. */
export function namedYears(lines: readonly string[]): Map<number, number> {
  const counts = new Map<number, number>();
  const pattern = /(?<!\d)(20\d{2})(?!\d)/g;
  for (const line of lines.slice(0, MAX_LINES)) {
    for (const m of line.slice(0, MAX_LINE).matchAll(pattern)) {
      const year = Number(m[1]);
      if (year <= 2100) counts.set(year, (counts.get(year) ?? 0) + 1);
    }
  }
  return counts;
}
