// What a week written day by day says under each day (`## 周三（12月4日）` / `- 支付模块提测`):
// the day is when the events of its lines happened, and a line is a day's step of a work
// that other days (and the plan) name too.
import { findDateMentions } from "../date/find-date-mentions";
import { formatDay } from "../date/format-day";
import { usableSubject } from "../milestone/carried-subject";
import { DELIVERY_EVENTS, eventOfRun, findEventRuns, GATHERING_EVENTS } from "../milestone/event-words";
import { cleanSubject } from "../milestone/subject";
import { classifyLine } from "./classify-line";
import { splitName } from "./item-name";
import type { EntryLine, RawEntry } from "./raw-entry";

// `支付模块联调，完成80%`, `对账模块开发，进度50%`: a figure says the work was under way that day, not reached.
const FIGURE = /\d{1,3}(?:\.\d{1,2})?\s*[%％]/;
const CLAUSE = /[^，,；;。！!？?]+|[，,；;。！!？?]+/g;
// What may follow the event that closes a clause: `支付模块提测了`, `财务系统上线 ✓`.
const CLOSING = /^[\s了✓√]*$/;
const DONE_WORDS = new Set(["完成", "完毕"]);
// A work's name, not a sentence that explains a task (`优先使用 route params 确保每次点击都触发场景切换`).
const MAX_WORK_NAME = 15;

/**
 * A clause that says a work reached an event: the work, then a delivery (`支付模块提测`,
 * `财务系统上线`) or a step done (`接口文档编写完成`) closing it. Work under way
 * (`对账模块自测`, `修复提测问题5个`) and a meeting attended reach nothing.
 */
function reachesEvent(clause: string): boolean {
  const runs = findEventRuns(clause);
  const last = runs[runs.length - 1];
  if (!last || !CLOSING.test(clause.slice(last.end))) return false;
  const { event } = eventOfRun(last);
  if (!DELIVERY_EVENTS.has(event) && !last.words.some((word) => DONE_WORDS.has(word))) return false;
  const subject = cleanSubject(clause.slice(0, last.start));
  return subject.length >= 2 && subject.length <= MAX_WORK_NAME;
}

/**
 * The line with the day written before each clause that reached an event on it, as if the writer had
 * dated it. A day's own lines only: a sub-item details its line (`[x] 修复…计算逻辑` under `场景切换修复`).
 */
function datedLine(line: EntryLine, day: string, reportDate: Date): EntryLine {
  if (line.isSubItem || line.dateCell || line.milestoneRow || FIGURE.test(line.text)) return line;
  if (findDateMentions(line.text, { reportDate, future: false }).length > 0) return line;
  const clauses = line.text.match(CLAUSE) ?? [];
  const text = clauses.map((clause) => (reachesEvent(clause) ? `${day} ${clause.trimStart()}` : clause)).join("");
  return text === line.text ? line : { ...line, text };
}

/**
 * The work a day's line names as its subject: `支付模块联调` and `支付模块提测` on two days
 * are steps of 支付模块, `对账模块开发` one of 对账模块. Null when the line names no step
 * (`编写支付模块接口文档`) or the step is a meeting (`参加项目周例会`).
 */
export function workOfStep(name: string): string | null {
  const runs = findEventRuns(name);
  const last = runs[runs.length - 1];
  if (!last || last.end !== name.length || last.words.some((word) => GATHERING_EVENTS.has(word))) return null;
  const subject = usableSubject(cleanSubject(name.slice(0, last.start)));
  return subject.length >= 2 ? subject : null;
}

// The writer's own chores of the day: writing this very report (`整理本周周报`, `提交日报`).
const REPORT_CHORE = /周报|日报|月报|周总结/;
const FIRST_CLAUSE = /^[^，,；;。！!？?]*/;

/** The words of a list line with no `名称：` of its own (an item or a label line), else null (a table row, a heading). */
function unnamedText(entry: RawEntry): string | null {
  const token = classifyLine(entry.source.text);
  return (token.kind === "item" || token.kind === "text") && splitName(token.text) === null ? token.text : null;
}

/**
 * What the writer did that day rather than a step of a work: a meeting attended
 * (`参加项目周例会，确认…`), the report itself (`整理本周周报`).
 */
function isDayChore(text: string): boolean {
  const clause = FIRST_CLAUSE.exec(text)![0].trim();
  const runs = findEventRuns(clause);
  const last = runs[runs.length - 1];
  const gathering = last !== undefined && CLOSING.test(clause.slice(last.end)) && last.words.some((word) => GATHERING_EVENTS.has(word));
  return gathering || REPORT_CHORE.test(clause);
}

/**
 * The entries of one day's part, their events dated by the day. A line that is a step of
 * a work (`支付模块联调`) says which work; a chore of the day (`参加项目周例会`, `整理本周周报`)
 * is kept, as an item of a 其他 bucket is, only when it says something datable; any other
 * line joins the work whose name it holds (`编写支付模块接口文档`), if one is known.
 */
export function dayEntries(entries: readonly RawEntry[], day: Date, reportDate: Date): RawEntry[] {
  const written = formatDay(day);
  return entries.map((entry) => {
    const lines = entry.lines.map((line) => datedLine(line, written, reportDate));
    const work = workOfStep(entry.initiative);
    if (work !== null) return { ...entry, lines, stepOf: work };
    const text = unnamedText(entry);
    const chore = text !== null && isDayChore(text);
    return { ...entry, lines, promoted: entry.promoted || chore, partOfKnownWork: text !== null && !chore };
  });
}

/**
 * Steps of one work written on several days (`支付模块联调` on 周二, `支付模块提测` on 周三) or
 * named again elsewhere (`12月10日支付模块上线` in 下周计划) are that work: one initiative.
 * A step named once keeps its name as written (`内存压力测试` is no step of a 内存压力).
 */
export function nameSharedSteps(entries: readonly RawEntry[]): RawEntry[] {
  if (!entries.some((entry) => entry.stepOf !== undefined)) return [...entries];
  const steps = new Map<string, number>();
  for (const entry of entries) {
    const work = entry.stepOf ?? workOfStep(entry.initiative);
    if (work !== null) steps.set(work, (steps.get(work) ?? 0) + 1);
  }
  // `支付模块：联调完成` names the work itself
  const named = new Set(entries.map((entry) => entry.initiative));
  return entries.map((entry) => {
    const work = entry.stepOf;
    return work !== undefined && (steps.get(work)! >= 2 || named.has(work)) ? { ...entry, initiative: work } : entry;
  });
}
