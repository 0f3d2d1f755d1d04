// Shapes the tracker hands to the API and the UI. Dates are `yyyy-MM-dd`.
import type { ExtractionResult, MilestoneState, Precision, SourceLine } from "../extract/types";

import type { InitiativeStatus } from "../../lib/domain/initiative-status";
import type { TimelineStateFilter } from "../../lib/domain/timeline-state-filter";

export type { InitiativeStatus, TimelineStateFilter };

export interface TimelineMilestone {
  id: number;
  title: string;
  /** current date: the end of the current range */
  date: string;
  rangeStart: string;
  precision: Precision;
  state: MilestoneState;
  /** the first date ever reported (end of its range) */
  baselineDate: string;
  baselineStart: string;
  /** current − baseline in days (by the end of each range) */
  slipDays: number;
  timesMoved: number;
  /** the date has passed and it is not done */
  overdue: boolean;
  /** the latest report moved it later */
  slippedThisWeek: boolean;
  version: number;
}

export interface ProgressPoint {
  week: string;
  progress: number;
}

export interface TimelineInitiative {
  id: number;
  name: string;
  aliases: string[];
  groupId: number;
  group: string;
  status: InitiativeStatus;
  progress: number | null;
  /** bar start: first mention or explicit start */
  startDate: string;
  /** bar end: last milestone (or start when none) */
  endDate: string;
  lastSeenWeek: string | null;
  /** not mentioned in the latest report of its department */
  silent: boolean;
  /** the largest slip of its milestones, 0 when none slipped */
  slipDays: number;
  slippedCount: number;
  overdueCount: number;
  atRiskCount: number;
  milestones: TimelineMilestone[];
  version: number;
}

export interface TimelineFilter {
  groupIds?: number[];
  states?: TimelineStateFilter[];
  q?: string;
}

export interface TimelineGroup {
  id: number;
  name: string;
  initiatives: TimelineInitiative[];
}

export interface Timeline {
  /** the reference "today" the slip figures were computed for */
  today: string;
  latestWeek: string | null;
  groups: TimelineGroup[];
}

/** One source line of an initiative, with the report it came from. */
export interface SourceRef extends SourceLine {
  reportId: number;
  week: string;
}

export interface DateHistoryPoint {
  week: string | null;
  /** "report" or the user who edited */
  actor: string;
  date: string;
  state: MilestoneState;
  reason: string | null;
  source: SourceRef | null;
  at: string;
}

export interface MilestoneDetail extends TimelineMilestone {
  history: DateHistoryPoint[];
}

export interface EditLogEntry {
  entity: "initiative" | "milestone";
  entityId: number;
  field: string;
  oldValue: string | null;
  newValue: string | null;
  reason: string | null;
  actor: string;
  at: string;
}

export interface InitiativeDetail extends Omit<TimelineInitiative, "milestones"> {
  milestones: MilestoneDetail[];
  /** the progress each report stated, oldest first */
  progressHistory: ProgressPoint[];
  sources: SourceRef[];
  edits: EditLogEntry[];
}

// ---- review of an import ----------------------------------------------------

/** What the PM decided in the review, applied on top of the extraction. */
export interface ReviewDecisions {
  /** change ids the PM rejected */
  rejected?: string[];
  /** per entry index: commit it under another name (rename) or into an existing initiative (merge) */
  entries?: Record<number, { name?: string; mergeIntoId?: number; group?: string }>;
  /** per change id of a milestone change: the corrected date or state */
  milestoneFixes?: Record<string, { date?: string; state?: MilestoneState }>;
  /** per change id of a milestone change: move it to another entry of this report */
  milestoneMoves?: Record<string, { toEntry: number }>;
  /** change ids of conflicts where the PM keeps the manual edit instead of the report */
  keepManual?: string[];
}

interface ChangeBase {
  /** stable within one preview: used by ReviewDecisions */
  id: string;
  /** index into ExtractionResult.entries, null for silent initiatives */
  entry: number | null;
  initiativeId: number | null;
  initiativeName: string;
  group: string;
  source: SourceLine | null;
}

export type Change =
  | (ChangeBase & { kind: "new_initiative" })
  | (ChangeBase & { kind: "new_milestone"; title: string; date: string; rangeStart: string; precision: Precision; state: MilestoneState; baselineDate: string | null })
  | (ChangeBase & { kind: "date_change"; milestoneId: number; title: string; oldDate: string; newDate: string; precision: Precision; reason: string | null; conflict: boolean })
  | (ChangeBase & { kind: "state_change"; milestoneId: number; title: string; oldState: MilestoneState; newState: MilestoneState; reason: string | null; conflict: boolean })
  | (ChangeBase & { kind: "progress_change"; oldProgress: number | null; newProgress: number; regression: boolean; conflict: boolean })
  | (ChangeBase & { kind: "status_change"; oldStatus: InitiativeStatus; newStatus: InitiativeStatus })
  | (ChangeBase & { kind: "silent"; lastSeenWeek: string | null });

export type ChangeKind = Change["kind"];

export interface ChangeSet {
  week: string;
  reportDate: string;
  department: string;
  /** "new" week, "same" content already imported (nothing to do), or "replace" a different version of an imported week */
  mode: "new" | "same" | "replace";
  changes: Change[];
  extraction: ExtractionResult;
}

export interface ImportResult {
  reportId: number;
  week: string;
  mode: ChangeSet["mode"];
  counts: Partial<Record<ChangeKind, number>>;
}
