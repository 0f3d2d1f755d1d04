// The extraction contract (samples/EXTRACTION.md, "The command-line contract").
// Fields marked "extra" go beyond the contract: the tracker needs them for
// provenance and matching; the scorer ignores them.
import type { DateWindow } from "../../lib/dates/date-window";
import type { FiredRule, LayoutProfile } from "../../lib/layout-profile/layout-profile";

import type { InitiativeStatus as TrackedStatus } from "../../lib/domain/initiative-status";
import type { MilestoneState } from "../../lib/domain/milestone-state";
import type { Precision } from "../../lib/domain/precision";
import type { ReportDateSource } from "../../lib/domain/report-date-source";
import type { UnreadReason } from "../../lib/domain/unread-reason";

export type { MilestoneState, Precision, ReportDateSource, UnreadReason };
/** what a report may state of an initiative: 暂停 or 结项 (active is the default, never stated) */
export type InitiativeStatus = Exclude<TrackedStatus, "active">;

/** A line of the report, 1-based, with its text as written (trimmed). */
export interface SourceLine {
  line: number;
  text: string;
}

export interface ExtractedMilestone {
  /** subject + event, e.g. 支付上线, 国密局进场检查 */
  title: string;
  /** yyyy-MM-dd, the last day of the range (the deadline reading) */
  date: string;
  precision: Precision;
  state: MilestoneState;
  /** the earlier date the text itself states (原定12/05, 由X延期至Y), else null */
  baselineDate: string | null;
  /** extra: first day of the range (same as date for day precision) */
  rangeStart: string;
  /** extra: who/what the milestone is about (支付, 国密局进场), may be "" */
  subject: string;
  /** extra: the event verb (上线, 联调, 提测, 完成 …) */
  event: string;
  /** extra: why the plan changed, when the text says (因双主体需求需要变更方案) */
  reason: string | null;
  /** extra: the line the date was read from */
  source: SourceLine;
}

export interface ExtractedEntry {
  group: string;
  initiative: string;
  /** explicit progress of the work, 0–100, else null */
  progress: number | null;
  status: InitiativeStatus | null;
  milestones: ExtractedMilestone[];
  /** the item's own line (its 名称：内容 line) */
  source: SourceLine;
  /** extra: the line the progress figure was read from */
  progressSource: SourceLine | null;
  /** extra: every report line that belongs to this entry (item + sub-items) */
  lines: SourceLine[];
  /**
   * extra: events the text says are done but gives no date for (`老加工链路盘点完成`,
   * `花呗扣款全量完成`). Not milestones of their own: the tracker uses them to mark a
   * known milestone done. Optional so that older results stay valid.
   */
  completions?: ExtractedCompletion[];
  /** who answers for the work (负责人：张三, @张三, an owner column, a per-person section), else null */
  owner?: string | null;
}

export interface ExtractedCompletion {
  title: string;
  subject: string;
  event: string;
  source: SourceLine;
}

export interface ExtractionResult {
  /** ISO week of the report date, e.g. 2024-W47 */
  week: string;
  /** yyyy-MM-dd */
  reportDate: string;
  /** extra: where reportDate came from (see ReportDateSource) */
  reportDateSource: ReportDateSource;
  /** extra: the report's first heading, e.g. "2024-W47" or "风控平台部 周报 2024-W49" */
  title: string;
  /** extra: the department named in the title ("风控平台部"), "" when none */
  department: string;
  entries: ExtractedEntry[];
  /**
   * extra: what the extractor saw but did not turn into anything it trusts, for
   * the import review (未识别): lines with a date that gave no milestone, items
   * the structure step was unsure about. Optional so that older results stay valid.
   */
  unread?: UnreadLine[];
  /** extra: the layout profile's rules that changed how this report was read (only when a profile was given) */
  firedRules?: FiredRule[];
}

export interface UnreadLine extends SourceLine {
  reason: UnreadReason;
}

export interface ExtractOptions {
  /** yyyy-MM-dd the user gives (the page's 报告日期, the CLI's --date): it wins over what the report says */
  referenceDate?: string;
  /** the name of the uploaded file: `20170515-20170519周任务及进度.md` dates a report that does not date itself */
  fileName?: string;
  /** bytes; larger input is refused. Default 2 MB. */
  maxBytes?: number;
  /** the days the tracker accepts (default 2000-01-01 … 2100-12-31): dates outside are no dates, a report or reference date outside is refused */
  dateWindow?: DateWindow;
  /** the department's layout profile: how its reports are laid out (plain data, so it crosses to the worker pool) */
  profile?: LayoutProfile;
}

/** Thrown for input that cannot be read as a report; `message` is user-facing (Chinese). */
export class ExtractionError extends Error {
  constructor(
    public readonly code: "empty" | "binary" | "too_large" | "no_date" | "no_entries" | "bad_date",
    message: string,
  ) {
    super(message);
    this.name = "ExtractionError";
  }
}
