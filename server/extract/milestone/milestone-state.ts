import { isAfter, isBefore } from "date-fns";
import { FUTURE_WORDS } from "../date/parse-date-phrase";
import type { MilestoneState } from "../types";
import type { BoundDate } from "./bind-events";

/** How a date is introduced: the old plan (原定X, 由X…), the new one (延期至Y, 调整为Y), or neither. */
export type DateRole = "original" | "changed" | "plain";

const ORIGINAL_BEFORE = /(?:原定|原计划|原预计|原定于|原计划于|原排期|本计划|由|从)\s*$/;
const CHANGED_BEFORE = new RegExp(
  [
    "(?:延期至|延期到|推迟至|推迟到|调整为|调整到|调整至|改为|改到|改至",
    "|顺延至|顺延到|延后至|延后到|延至|推至|延迟至|延迟到",
    "|postponed to|moved to|delayed to|slipped to|pushed to)",
    String.raw`\s*$`,
  ].join(""),
  "i",
);
// One \s* before and one inside the optional word: two around it would split a run of spaces every way.
const DONE_BEFORE_EVENT = /已(?:经)?(?:于|在)?\s*(?:(?:全部|顺利|正式|成功)\s*)?$/;
const DONE_ANYWHERE = /顺利|完毕|跑通|已完成|成功上线|[✅✓✔√☑]|\b(?:done|completed|launched|went live|shipped|released)\b/i;
const DONE_AFTER_EVENT = /^\s*(?:完成|完毕|结束|成功|了)/;
const RISK_WORDS = /风险|待定|不确定|可能延期|可能推迟|受阻|阻塞|存疑|\bTBD\b|at risk|\bblocked\b|\bblocker\b/i;

export function roleOf(clause: string, bound: BoundDate): DateRole {
  const before = clause.slice(Math.max(0, bound.mention.index - 8), bound.mention.index);
  if (CHANGED_BEFORE.test(before)) return "changed";
  if (ORIGINAL_BEFORE.test(before)) return "original";
  return "plain";
}

interface StateInput {
  clause: string;
  sentence: string;
  bound: BoundDate;
  role: DateRole;
  reportDate: Date;
  tense: "past" | "future" | null;
}

/**
 * done: 已…, 顺利, 跑通, or a past date told as a fact; planned: 预计/计划, a
 * new date, a future date; at_risk: risk words, or an old date with no new one
 * (decided later by the caller, which sees the whole line).
 */
export function stateOf({ clause, sentence, bound, role, reportDate, tense }: StateInput): MilestoneState {
  const { mention } = bound;
  const lead = clause.slice(0, bound.runStart).replace(mention.text, "");
  // `11月4日前开发完毕` is a plan: 完毕 says done only of a day that has come.
  const explicitDone =
    (bound.event !== null && DONE_BEFORE_EVENT.test(lead)) || (DONE_ANYWHERE.test(clause) && !isAfter(mention.end, reportDate));
  if (explicitDone && role !== "changed") return "done";
  // A milestone timeline (完成情况) records what happened, moved dates included: `推迟到22日小流量上线`.
  if (tense === "past" && isBefore(mention.end, reportDate) && !FUTURE_WORDS.test(clause)) return "done";
  if (RISK_WORDS.test(sentence) && role !== "changed") return "at_risk";
  const future = role === "changed" || tense === "future" || FUTURE_WORDS.test(clause.slice(0, bound.runEnd));
  if (future) return "planned";
  // A report is written at the end of its day: what it dates that day without a plan word has happened.
  const past = !isAfter(mention.end, reportDate) && (isBefore(mention.end, reportDate) || mention.precision === "day");
  if (past) return "done";
  // `本周进场` in a report written at the week's end: told as a fact.
  const thisWeek = mention.precision === "week" && !isAfter(mention.start, reportDate) && mention.relative;
  if (thisWeek && !FUTURE_WORDS.test(clause)) return "done";
  // Narrative weekdays (`周六对三家银行重新盘点` in a Saturday report) up to the report day are told as done.
  if ((tense === "past" || mention.relative) && !isAfter(mention.end, reportDate)) return "done";
  if (bound.event !== null && DONE_AFTER_EVENT.test(clause.slice(bound.runEnd)) && !isAfter(mention.end, reportDate)) return "done";
  return "planned";
}
