import { findDateMentions } from "../date/find-date-mentions";
import { DEFAULT_WINDOW_BOUNDS, type WindowBounds } from "../date/window-bounds";
import type { EntryLine } from "../outline/raw-entry";
import type { ExtractedCompletion } from "../types";
import { eventOfRun, findEventRuns } from "./event-words";
import { cleanSubject, leadSubject } from "./subject";

const DONE = /已|完成|完毕|顺利|结束|跑通/;
const NOT_YET = /未|没有|尚未|待|预计|计划|将|中$/;
const SPLIT = /[；;。！!？?\n，,]+/;

/**
 * Work the text says is done without giving a date (`老加工链路盘点完成`,
 * `花呗扣款全量完成`). Not milestones of their own: the tracker marks a known
 * milestone of the same work done with them.
 */
export function readCompletions(
  lines: readonly EntryLine[],
  reportDate: Date,
  window: WindowBounds = DEFAULT_WINDOW_BOUNDS,
): ExtractedCompletion[] {
  const found: ExtractedCompletion[] = [];
  for (const line of lines) {
    for (const clause of line.text.split(SPLIT)) {
      if (!DONE.test(clause) || NOT_YET.test(clause)) continue;
      if (findDateMentions(clause, { reportDate, future: false, window }).length > 0) continue;
      const run = findEventRuns(clause)[0];
      if (!run) continue;
      const { qualifier, event } = eventOfRun(run);
      const before = cleanSubject(clause.slice(0, run.start));
      const after = run.words.length === 1 && /完成|完毕/.test(event) ? cleanSubject(clause.slice(run.end)) : "";
      const subject = (before || after || line.subName || (line.isSubItem ? leadSubject(line.text) : "")) + qualifier;
      if (!subject) continue;
      found.push({ title: subject + event, subject, event, source: line.source });
    }
  }
  return found;
}
