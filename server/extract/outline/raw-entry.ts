import type { SourceLine } from "../types";

/** A line of an entry, with what the milestone reader needs to know about it. */
export interface EntryLine {
  source: SourceLine;
  /** the words to read dates, progress and events from */
  text: string;
  /** the name of a `名称：内容` sub-item (二手存管), else null */
  subName: string | null;
  isSubItem: boolean;
  /** the event a table column implies (计划上线时间 → 上线) */
  defaultEvent: string | null;
  /** a table column about the past (本周进展) or the future (计划, Next) */
  tense: "past" | "future" | null;
  /** a table cell that is only a date: the row's milestone, overdue when the row's progress is below 100% */
  dateCell?: boolean;
  /** such a cell in a 开始时间 column: the work began then, whatever its progress */
  startCell?: boolean;
  /** a row of a milestone table (里程碑 | 计划日期 | 实际日期 | 状态): whether it was reached, and the planned date when another one was */
  milestoneRow?: { reached: boolean; planned: string | null; late?: boolean };
}

/** An initiative as the outline found it, before any reading of its words. */
export interface RawEntry {
  group: string;
  initiative: string;
  source: SourceLine;
  lines: EntryLine[];
  /** the words that may state the initiative's status (its own line, not its sub-items) */
  statusText: string;
  /** the 进度 / 状态 cells of a table row */
  tableProgress: string | null;
  tableStatus: string | null;
  /** the 状态 cell is the state of the row's milestone (a 里程碑 column stands beside it), not of the whole work */
  statusOfMilestone?: boolean;
  /** promoted out of a 其他 bucket, or listed in a report-level plan: kept only when it says something datable */
  promoted: boolean;
  /** a day's line that is a step of this work (`支付模块提测` → 支付模块): named so when other lines name the work too */
  stepOf?: string;
  /** a day's line that names no step of a work (`编写支付模块接口文档`): it joins the work whose name it holds */
  partOfKnownWork?: boolean;
  /** a table row whose risk cell doubts the row's next date */
  tableRisk?: boolean;
  /** the person the report names for the work, else null */
  owner: string | null;
}

export function sourceOf(line: number, raw: string): SourceLine {
  return { line, text: raw.trim() };
}
