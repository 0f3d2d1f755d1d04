import type { DateMention } from "../date/types";
import { EVENT_PATTERN, eventOfRun, findEventRuns, LIGHT_EVENTS, type EventRun } from "./event-words";
import { firstRunStartingFrom, lastRunEndingBy } from "./run-search";
import { DUE_WORDS } from "./due-words";
import { cleanSubject } from "./subject";

/** A date of a clause tied to the event it dates. */
export interface BoundDate {
  mention: DateMention;
  /** null when the clause names no event for this date */
  event: string | null;
  /** the subject the clause itself gives, "" when none */
  subject: string;
  /** where the chosen event run ends in the clause, for reading the state around it */
  runStart: number;
  runEnd: number;
}

// `完成90%`, `已解决80%`: a figure of progress, not an event that happened. Sticky: read
// where a run ends, without copying the rest of the clause for each run.
const PARTIAL_FIGURE = /\s*(?:约\s*)?(\d{1,2}(?:\.\d+)?)\s*[%％]/y;

function partialFigureAt(clause: string, at: number): boolean {
  PARTIAL_FIGURE.lastIndex = at;
  return PARTIAL_FIGURE.test(clause);
}

/** The runs that overlap no date and are no figure of progress. */
function outsideMentions(clause: string, runs: EventRun[], mentions: DateMention[]): EventRun[] {
  // inDates[k]: how many characters before k belong to a date, so that a run asks all dates at once.
  const inDates = new Int32Array(clause.length + 1);
  for (const m of mentions) for (let k = m.index; k < m.index + m.length; k++) inDates[k + 1] = 1;
  for (let k = 1; k <= clause.length; k++) inDates[k]! += inDates[k - 1]!;
  return runs.filter((run) => inDates[run.end] === inDates[run.start] && !partialFigureAt(clause, run.end));
}

// A cause (`因行方封网`, `由于人工评估效果不佳`) runs up to the change it explains.
// One that meets a separator first is no cause; it is matched up to there (group 1) and
// kept, so that the search goes on after it instead of retrying from each later 因.
const CAUSE = /(?:因为|由于|因)[^，,；;。]*?(?=延期|推迟|延后|延迟|调整|顺延|导致|改[为到至]|\d|$|([，,；;。]))/g;

/**
 * The clause with its causes blanked out (same length, so positions hold): a
 * reason names neither the event nor the subject of a milestone
 * (`因行方封网延期至1月8日上线` is 上线, not 因行方封网上线).
 */
export function maskCauses(clause: string): string {
  return clause.replace(CAUSE, (cause, separator?: string) => (separator === undefined ? " ".repeat(cause.length) : cause));
}

/** `完成历史数据刷数` → subject 历史数据刷数; `完成人行报送接口联调` → 人行报送接口 + 联调. */
function readLightRun(clause: string, run: EventRun, limit: number, runs: EventRun[]): { subject: string; event: string } | null {
  const rest = clause.slice(run.end, limit);
  const cleaned = cleanSubject(rest);
  if (cleaned === "") return null;
  // Trimmed from the start of the closing run only: from each character of a long run it backtracks quadratically.
  const trimmedEnd = run.end + rest.replace(/(?<![\s。.，,；;！!])[\s。.，,；;！!]+$/, "").length;
  // Ends rise, so the one run that can end at trimmedEnd is the last one ending by it.
  const closing = runs[lastRunEndingBy(runs, trimmedEnd)];
  const tail =
    closing && closing.end === trimmedEnd && closing.start > run.end && !LIGHT_EVENTS.has(closing.words[closing.words.length - 1]!)
      ? closing
      : undefined;
  if (tail) {
    const { qualifier, event } = eventOfRun(tail);
    return { subject: cleanSubject(clause.slice(run.end, tail.start)) + qualifier, event };
  }
  return { subject: cleaned, event: eventOfRun(run).event };
}

// `截止：12/20`, `预计时间: 6月10号左右`, `DDL：`, `deadline:`: a field of when the work is due dates its
// completion, whatever event words stand before it in the line (`状态：进行中 - 截止：12/20` is no 进行 on 12/20).
// `目标 12/18 前…`: a target date before the day is a due date too
const DUE_FIELD = new RegExp(String.raw`(?:(?:预计|计划|目标|完成)(?:完成)?(?:时间|日期)|目标|${DUE_WORDS})[:：\s]*$`, "i");
const DUE_REACH = 16;
const DUE_EVENT = "完成";

// A figure of progress alone (`进度80%`, `完成度 60%`, `30%`).
const PROGRESS_FIGURE = /^(?:进度|完成度|完成率)?[:：\s]*\d{1,3}(?:\.\d+)?[%％][，,、；;]?$/;

const MAX_OBJECT = 20;

// The object of a verb ends where the next act begins (`解决并由杨露上线`).
const OBJECT_END = /并|且|由|然后|再|后/;

// `全量切换到新平台`: what follows 到 / 至 / 给 says where, not what.
const COMPLEMENT = /^\s*(?:到|至|给|为|了)/;

function objectAfter(text: string): string {
  if (COMPLEMENT.test(text)) return "";
  const end = OBJECT_END.exec(text);
  const object = cleanSubject(end ? text.slice(0, end.index) : text);
  return object.length <= MAX_OBJECT && /[\u4e00-\u9fffA-Za-z]{2}/.test(object) ? object : "";
}

/**
 * Ties every date of a clause to an event: the first event after it
 * (`11/28上线`, `下周国密局进场检查`), else the last one before it
 * (`业务上线12/5`, `UAT 12/16`). The subject is what stands between date and
 * event, else what precedes the date. `events`: the event words (eventPattern).
 */
export function bindEvents(text: string, mentions: DateMention[], events: RegExp = EVENT_PATTERN): BoundDate[] {
  if (mentions.length === 0) return [];
  const clause = maskCauses(text);
  const runs = outsideMentions(clause, findEventRuns(clause, events), mentions);
  return mentions.map((mention, i) => {
    const mentionEnd = mention.index + mention.length;
    const segmentStart = i > 0 ? mentions[i - 1]!.index + mentions[i - 1]!.length : 0;
    const segmentEnd = i + 1 < mentions.length ? mentions[i + 1]!.index : clause.length;
    // The last run of the segment before the date, if any; the first run after the date.
    const lastEnding = runs[lastRunEndingBy(runs, mention.index)];
    const lastBefore = lastEnding && lastEnding.start >= segmentStart ? lastEnding : undefined;
    const afterAll = runs[firstRunStartingFrom(runs, mentionEnd)];
    const after = afterAll && (afterAll.start < segmentEnd || !lastBefore) ? afterAll : undefined;
    const precedingEnd = (limit: number) => Math.max(segmentStart, runs[lastRunEndingBy(runs, limit)]?.end ?? segmentStart);

    // A due field titles its date by the event written after it in its clause, else by 完成.
    const due = DUE_FIELD.test(clause.slice(Math.max(segmentStart, mention.index - DUE_REACH), mention.index));
    if (due && (!after || after.start >= segmentEnd)) {
      return { mention, event: DUE_EVENT, subject: "", runStart: mention.index, runEnd: mentionEnd };
    }
    if (after) {
      const single = after.words.length === 1 && LIGHT_EVENTS.has(after.words[0]!);
      const light = single ? readLightRun(clause, after, segmentEnd, runs) : null;
      const { qualifier, event } = light ? { qualifier: "", event: light.event } : eventOfRun(after);
      let subject = light ? light.subject : cleanSubject(clause.slice(mentionEnd, Math.min(after.start, segmentEnd)));
      // `完成联调 进度80% 12/10提测`: a figure of progress before the date tells how far, and sets the statement before it apart.
      const before = clause.slice(precedingEnd(mention.index), mention.index).trim();
      const figureBefore = PROGRESS_FIGURE.test(before);
      if (subject === "" && !light && !figureBefore) subject = cleanSubject(before);
      // An event word inside the noun phrase (`人行现场检查12月16日进场`, `整改项预计…`) must not cut it;
      // an event that is all the segment holds is the date before's (`11/29提测 12/6上线`), not a noun.
      const onlyEvent =
        lastBefore !== undefined &&
        clause.slice(segmentStart, lastBefore.start).trim() === "" &&
        clause.slice(lastBefore.end, mention.index).trim() === "";
      if (subject === "" && !light && !onlyEvent && !figureBefore) subject = cleanSubject(clause.slice(segmentStart, mention.index));
      // `3月20日评审二期需求`: the object after the verb names the work.
      if (subject === "" && !light) {
        const nextRun = runs[firstRunStartingFrom(runs, after.end)];
        subject = objectAfter(clause.slice(after.end, Math.min(segmentEnd, nextRun ? nextRun.start : segmentEnd)));
      }
      return { mention, event, subject: subject + qualifier, runStart: after.start, runEnd: after.end };
    }
    if (lastBefore) {
      const { qualifier, event } = eventOfRun(lastBefore);
      const subject = cleanSubject(clause.slice(precedingEnd(lastBefore.start), lastBefore.start)) + qualifier;
      return { mention, event, subject, runStart: lastBefore.start, runEnd: lastBefore.end };
    }
    const subject = cleanSubject(clause.slice(segmentStart, mention.index));
    return { mention, event: null, subject, runStart: mention.index, runEnd: mentionEnd };
  });
}
