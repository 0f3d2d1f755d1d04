import { differenceInCalendarDays, subYears } from "date-fns";
import { findDateMentions } from "../date/find-date-mentions";
import type { DateMention } from "../date/types";
import { DEFAULT_WINDOW_BOUNDS, type WindowBounds } from "../date/window-bounds";
import { formatDay } from "../date/format-day";
import { FUTURE_WORDS } from "../date/parse-date-phrase";
import type { EntryLine } from "../outline/raw-entry";
import type { ExtractedMilestone, SourceLine, UnreadLine } from "../types";
import { bindEvents } from "./bind-events";
import { carriedSubject } from "./carried-subject";
import { findReason } from "./find-reason";
import { KeptSubjects } from "./kept-subjects";
import { roleOf, stateOf, type DateRole } from "./milestone-state";
import { readStateWords, speaksOfRisk } from "./state-words";
import { EVENT_PATTERN, findEventRuns, LIGHT_EVENTS } from "./event-words";
import { cleanSubject, leadSubject } from "./subject";

/** What the rest of the entry says about a table row's milestones. */
export interface RowFacts {
  /** the row's progress, when it has one */
  progress: number | null;
  /** the row's risk cell doubts its next date, or its 状态 cell says it is late (延期, at risk) */
  risk: boolean;
  /** its 状态 cell says it is late: a date it has passed was not met */
  late: boolean;
}

/**
 * A date alone in a table cell is a node of the row's plan: reached (done) on
 * or before the report date unless the row's progress is below 100%, or, with
 * no progress, its 状态 says it is late (overdue: at risk); after it, planned,
 * or at risk when the row's risk cell doubts it. A start date (`start`) passed
 * is reached whatever the progress.
 */
function dateCellState(end: Date, reportDate: Date, row: RowFacts, start: boolean): ExtractedMilestone["state"] {
  const short = !start && (row.progress !== null ? row.progress < 100 : row.late);
  if (end.getTime() <= reportDate.getTime()) return short ? "at_risk" : "done";
  return row.risk ? "at_risk" : "planned";
}

// A date written with its year, or relative to the report, keeps its year.
const STATES_YEAR = /\d{4}|年/;

/**
 * A date told as done (under 完成情况 / 本周进展) is in the past: a month-day that
 * the calendar rule put months ahead of the report (`8月3日升级小流量` in a
 * January report) is last year's.
 */
function toPast(mention: DateMention, reportDate: Date): DateMention {
  if (mention.relative || STATES_YEAR.test(mention.text) || differenceInCalendarDays(mention.start, reportDate) <= 31) return mention;
  return { ...mention, start: subYears(mention.start, 1), end: subYears(mention.end, 1) };
}

/** `支付` + `上线` → 支付上线; Latin words keep a space between them (`Prod rollout`). */
function joinTitle(subject: string, event: string): string {
  return /[A-Za-z0-9]$/.test(subject) && /^[A-Za-z]/.test(event) ? `${subject} ${event}` : subject + event;
}

/** A row of a milestone table: reached, else overdue once its date has passed, else planned. */
function milestoneRowState(reached: boolean, end: Date, reportDate: Date, late = false): ExtractedMilestone["state"] {
  if (reached) return "done";
  // a 状态 of 延期 / 滞后 says the row is late, whatever its date
  return late || end.getTime() < reportDate.getTime() ? "at_risk" : "planned";
}

/** The planned date of a milestone-table row that was reached on another day: the plan the table itself states. */
function plannedBaseline(line: EntryLine, date: Date, reportDate: Date, window: WindowBounds): string | null {
  const planned = line.milestoneRow?.planned;
  if (!planned) return null;
  const [mention] = findDateMentions(planned, { reportDate, future: false, window });
  return mention && mention.end.getTime() !== date.getTime() ? formatDay(mention.end) : null;
}

const MAX_NAMED = 15;

function nounPhrase(clause: string): string {
  // `进度 40%，ETA 12/20`: a figure names nothing
  if (clause.length > 2 * MAX_NAMED || /\d\s*[%％]/.test(clause)) return "";
  const phrase = cleanSubject(clause);
  return phrase.length >= 2 && phrase.length <= MAX_NAMED ? phrase : "";
}

interface Candidate {
  milestone: ExtractedMilestone;
  /** the relative words beside the date meant another day */
  disagrees: boolean;
  role: DateRole;
  hasEvent: boolean;
  /** no event, but named by the field of a date moved (`搬迁时间由12月7日推迟至12月21日`): a milestone once paired */
  moved: boolean;
  sentence: number;
}

// A clause without a date hands on a subject only through a state word or a delivery verb.
const DATE_FREE_SUBJECT_HINT = /已|预计|计划|将|正在|进度|中|上线|灰度|提测|联调|发布|全量|投产|切换|试点|交付|验收|运行/;
const SENTENCE_END = /[；;。！!？?\n]+/;
// A comma between digits groups thousands (19,254笔) and does not end a clause.
// A circled number opens the next step of a run (`清结算系统①接口开发完成②12/10联调③12月底上线`).
const CLAUSE_END = /[，,](?!\d{3}(?!\d))|[①-⑳]/;

// `搬迁时间`, `交付日期`: the field of a date moved names its work without it.
const MOVED_FIELD = /(?:的)?(?:时间|日期|节点|时间点|计划)$/;

// What may stand beside a date in a clause that only says when: `明天上午9点`, `12月5日下午`.
const TIME_OF_DAY = /^(?:上午|下午|中午|晚上|早上|凌晨|\d{1,2}[点时:：](?:\d{2}分?)?)*$/;

/**
 * A clause that only says when is joined to the clause it times: the next one
 * (`明天上午9点，V8 双周同步会开始`), or, ending its sentence, the one before it when
 * that one has no date of its own (`完成接口开发，12月10日前`).
 */
function joinWhenOnly(clauses: readonly string[], isWhenOnly: (clause: string) => boolean, hasDate: (clause: string) => boolean): string[] {
  const out: string[] = [];
  for (let i = 0; i < clauses.length; i++) {
    const clause = clauses[i]!;
    const next = clauses[i + 1];
    const before = out.length - 1;
    const whenOnly = isWhenOnly(clause);
    if (next !== undefined && whenOnly) {
      out.push(`${clause} ${next}`);
      i++;
    } else if (next === undefined && before >= 0 && whenOnly && !hasDate(out[before]!)) {
      out[before] = `${out[before]} ${clause}`;
    } else out.push(clause);
  }
  return out;
}

function readLine(
  line: EntryLine,
  reportDate: Date,
  firstSentence: number,
  row: RowFacts,
  window: WindowBounds,
  events: RegExp,
  carry: { anchor?: Date },
): Candidate[] {
  const candidates: Candidate[] = [];
  let lead: string | null = null;
  const fallback = () => line.subName ?? (line.isSubItem ? (lead ??= leadSubject(line.text)) : "");
  let anchor: Date | undefined = carry.anchor;
  line.text.split(SENTENCE_END).forEach((sentence, s) => {
    const reason = findReason(sentence);
    let risky: boolean | undefined;
    let carried = "";
    // `同义词扩展，预计3/28完成`: a bare noun phrase before a clause that only says when it completes names what completes.
    let named = "";
    const datesIn = (clause: string) => findDateMentions(clause, { reportDate, future: true, anchor, window });
    const hasDate = (clause: string) => datesIn(clause).length > 0;
    const whenOnly = (clause: string) => {
      const found = datesIn(clause);
      if (found.length !== 1) return false;
      const rest = clause.slice(0, found[0]!.index) + clause.slice(found[0]!.index + found[0]!.length);
      return TIME_OF_DAY.test(rest.replace(/\s+/g, ""));
    };
    // `计划12月23日提测，1月中旬上线`: a plan word governs the clauses after it in its sentence
    let planned = false;
    for (const clause of joinWhenOnly(sentence.split(CLAUSE_END), whenOnly, hasDate)) {
      planned ||= FUTURE_WORDS.test(clause);
      const future = line.tense === "future" || planned;
      const found = findDateMentions(clause, { reportDate, future, anchor, window });
      const mentions = line.tense === "past" && !future ? found.map((m) => toPast(m, reportDate)) : found;
      for (const m of mentions) if (!m.relative && m.precision === "day") anchor = carry.anchor = m.end;
      const bound = bindEvents(clause, mentions, events);
      const words = readStateWords(clause);
      if (bound.length > 0) risky ??= speaksOfRisk(sentence);
      for (const b of bound) {
        const role = roleOf(clause, b);
        const event = b.event ?? line.defaultEvent;
        const subject = b.subject || carried || (LIGHT_EVENTS.has(event ?? "") ? named : "") || fallback();
        // `搬迁时间由12月7日推迟至12月21日`: a date moved is a milestone whatever its words, named by what moved
        const moved = event === null && role !== "plain" ? subject.replace(MOVED_FIELD, "") : "";
        candidates.push({
          role,
          hasEvent: event !== null,
          moved: moved !== "",
          sentence: firstSentence + s,
          disagrees: b.mention.disagrees !== undefined,
          milestone: {
            title: moved || joinTitle(subject, event ?? ""),
            date: formatDay(b.mention.end),
            precision: b.mention.precision,
            state: line.milestoneRow
              ? milestoneRowState(line.milestoneRow.reached, b.mention.end, reportDate, line.milestoneRow.late)
              : line.dateCell
                ? dateCellState(b.mention.end, reportDate, row, line.startCell === true)
                : stateOf({ words, risky: risky === true, bound: b, role, reportDate, tense: line.tense }),
            baselineDate: plannedBaseline(line, b.mention.end, reportDate, window),
            rangeStart: formatDay(b.mention.start),
            subject: moved || subject,
            event: event ?? "",
            reason,
            source: line.source,
          },
        });
      }
      if (bound.length > 0 || DATE_FREE_SUBJECT_HINT.test(clause)) carried = carriedSubject(clause, bound) || carried;
      named = bound.length === 0 && findEventRuns(clause, events).length === 0 ? nounPhrase(clause) : "";
    }
  });
  return candidates;
}

/**
 * For each candidate, the first new date (延期至Y) after it on its line, read in one
 * pass from the end: a search from each old date made a line of thousands quadratic.
 */
function nextChangedOnLine(candidates: readonly Candidate[]): Array<Candidate | undefined> {
  const next = new Array<Candidate | undefined>(candidates.length);
  const nearest = new Map<number, Candidate>();
  for (let i = candidates.length - 1; i >= 0; i--) {
    const candidate = candidates[i]!;
    const line = candidate.milestone.source.line;
    next[i] = nearest.get(line);
    if (candidate.role === "changed") nearest.set(line, candidate);
  }
  return next;
}

/**
 * An old date (原定12/05) gives way to the new one said after it in the same
 * line, becoming its baseline; said after the new one (`12/13上线（原计划11/29）`),
 * it is the baseline of the date before it, of the same event or of none named; with no new date
 * the milestone is at risk.
 */
function pairChanges(candidates: Candidate[]): Candidate[] {
  // `12/3上线延迟至12/10`: a plain date right before a new one of its event, in its sentence, is the old plan
  candidates.forEach((candidate, i) => {
    const next = candidates[i + 1];
    const sameSentence =
      next !== undefined && next.sentence === candidate.sentence && next.milestone.source.line === candidate.milestone.source.line;
    if (candidate.role === "plain" && candidate.hasEvent && sameSentence && next.role === "changed") {
      if (!next.hasEvent || next.milestone.event === candidate.milestone.event) candidate.role = "original";
    }
  });
  const kept: Candidate[] = [];
  const nextChanged = nextChangedOnLine(candidates);
  const lastOnLine = new Map<number, Candidate>();
  candidates.forEach((candidate, i) => {
    const line = candidate.milestone.source.line;
    if (candidate.role !== "original") {
      kept.push(candidate);
      lastOnLine.set(line, candidate);
      return;
    }
    const own = candidate.milestone;
    const before = lastOnLine.get(line);
    if (
      !nextChanged[i] &&
      before &&
      before.milestone.baselineDate === null &&
      (before.milestone.event === own.event || !candidate.hasEvent)
    ) {
      before.milestone = { ...before.milestone, baselineDate: own.date, reason: before.milestone.reason ?? own.reason };
      return;
    }
    const next = nextChanged[i];
    if (next) {
      const m = next.milestone;
      next.milestone = {
        ...m,
        baselineDate: own.date,
        reason: m.reason ?? own.reason,
        ...(next.hasEvent ? {} : { event: own.event, subject: own.subject, title: own.title }),
      };
      next.hasEvent ||= candidate.hasEvent || candidate.moved || next.moved;
      return;
    }
    const state = own.state === "done" ? "done" : "at_risk";
    kept.push({ ...candidate, milestone: { ...own, state, baselineDate: own.date } });
  });
  return kept;
}

export interface EntryMilestones {
  milestones: ExtractedMilestone[];
  /** lines with a date tied to no event that gave no milestone at all, and lines whose relative and explicit dates disagree */
  unread: UnreadLine[];
}

/** Every dated milestone of an entry's lines, in reading order, without repeats. `events`: the event words (eventPattern). */
export function readMilestones(
  lines: readonly EntryLine[],
  reportDate: Date,
  row: RowFacts = { progress: null, risk: false, late: false },
  window: WindowBounds = DEFAULT_WINDOW_BOUNDS,
  events: RegExp = EVENT_PATTERN,
): EntryMilestones {
  let sentence = 0;
  // `5月26日提测。` then `27日测试反馈，修复。` on the next line: a bare day goes on from the full date
  // just written above it, as within a line; a line further away starts afresh.
  let carry: { anchor?: Date } = {};
  let previous: SourceLine | null = null;
  const candidates = lines.flatMap((line) => {
    if (previous === null || line.source.line !== previous.line + 1 || line.dateCell) carry = {};
    previous = line.source;
    const found = readLine(line, reportDate, sentence, row, window, events, carry);
    sentence += line.text.split(SENTENCE_END).length;
    return found;
  });
  const eventless = new Map<number, SourceLine>();
  const disagreeing = new Map<number, SourceLine>();
  const found: ExtractedMilestone[] = [];
  for (const { hasEvent, disagrees, milestone: m } of pairChanges(candidates)) {
    if (disagrees) disagreeing.set(m.source.line, m.source);
    if (!hasEvent) eventless.set(m.source.line, m.source);
    else found.push(withRowRisk(m.state === "planned" || m.state === "at_risk" || m.baselineDate ? m : { ...m, reason: null }, row));
  }
  const milestones = withoutRepeats(found);
  for (const m of milestones) eventless.delete(m.source.line);
  return {
    milestones,
    unread: [
      ...[...eventless.values()].map((source) => ({ ...source, reason: "date_without_milestone" as const })),
      ...[...disagreeing.values()].map((source) => ({ ...source, reason: "date_disagreement" as const })),
    ],
  };
}

/** A row the table calls late puts its plans at risk, except a plan already moved to a new date (原定X，延期至Y). */
function withRowRisk(m: ExtractedMilestone, row: RowFacts): ExtractedMilestone {
  return row.risk && m.state === "planned" && m.baselineDate === null ? { ...m, state: "at_risk" } : m;
}

/** The same event on the same day said twice (a timeline and a plan, `前后端联调` and `联调`) is one milestone: the first. */
export function withoutRepeats(milestones: readonly ExtractedMilestone[]): ExtractedMilestone[] {
  const kept: ExtractedMilestone[] = [];
  const subjectsOf = new Map<string, KeptSubjects>();
  for (const m of milestones) {
    const key = `${m.event}|${m.date}`;
    let subjects = subjectsOf.get(key);
    if (!subjects) subjectsOf.set(key, (subjects = new KeptSubjects()));
    if (subjects.repeats(m.subject)) continue;
    subjects.keep(m.subject);
    kept.push(m);
  }
  return kept;
}
