import { isAfter, isBefore } from "date-fns";
import type { MilestoneState } from "../types";
import type { BoundDate } from "./bind-events";
import type { ClauseStateWords } from "./state-words";

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

export function roleOf(clause: string, bound: BoundDate): DateRole {
  const before = clause.slice(Math.max(0, bound.mention.index - 8), bound.mention.index);
  if (CHANGED_BEFORE.test(before)) return "changed";
  if (ORIGINAL_BEFORE.test(before)) return "original";
  return "plain";
}

interface StateInput {
  /** the clause's state words, read once for all its dates */
  words: ClauseStateWords;
  /** the sentence speaks of risk (风险, 待定 …) */
  risky: boolean;
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
export function stateOf({ words, risky, bound, role, reportDate, tense }: StateInput): MilestoneState {
  const { mention } = bound;
  // The words before the event, without the date itself (`已12/5上线`).
  const cut = { start: mention.index, end: mention.index + mention.length };
  // `11月4日前开发完毕` is a plan: 完毕 says done only of a day that has come.
  const explicitDone =
    (bound.event !== null && words.doneBefore(bound.runStart, cut)) || (words.done() && !isAfter(mention.end, reportDate));
  if (explicitDone && role !== "changed") return "done";
  // A milestone timeline (完成情况) records what happened, moved dates included: `推迟到22日小流量上线`.
  if (tense === "past" && isBefore(mention.end, reportDate) && !words.future()) return "done";
  if (risky && role !== "changed") return "at_risk";
  const future = role === "changed" || tense === "future" || words.futureBefore(bound.runEnd);
  if (future) return "planned";
  // A report is written at the end of its day: what it dates that day without a plan word has happened.
  const past = !isAfter(mention.end, reportDate) && (isBefore(mention.end, reportDate) || mention.precision === "day");
  if (past) return "done";
  // `本周进场` in a report written at the week's end: told as a fact.
  const thisWeek = mention.precision === "week" && !isAfter(mention.start, reportDate) && mention.relative;
  if (thisWeek && !words.future()) return "done";
  // Narrative weekdays (`周六对三家银行重新盘点` in a Saturday report) up to the report day are told as done.
  if ((tense === "past" || mention.relative) && !isAfter(mention.end, reportDate)) return "done";
  if (bound.event !== null && words.doneAfter(bound.runEnd) && !isAfter(mention.end, reportDate)) return "done";
  return "planned";
}
