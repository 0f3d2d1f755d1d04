// Shapes the tracker hands to the API and the UI. Dates are `yyyy-MM-dd`.
import type { ExtractionResult, MilestoneState, Precision, SourceLine } from "../extract/types";

import type { ChangeKind } from "../../lib/domain/change-kind";
import type { LostDecision } from "./import/earlier-decisions";
import type { EditLogInput } from "../db/store/edit-log";
import type { InitiativeStatus } from "../../lib/domain/initiative-status";
import type { TimelineStateFilter } from "../../lib/domain/timeline-state-filter";
import type { TimelineInitiative, TimelineMilestone } from "../../lib/timeline/types";

export type { InitiativeStatus, TimelineStateFilter };
// The timeline's shapes live in lib (the client derives the same figures); re-exported for the server's importers.
export type { Timeline, TimelineGroup, TimelineInitiative, TimelineMilestone } from "../../lib/timeline/types";

export interface ProgressPoint {
  week: string;
  progress: number;
}

export interface TimelineFilter {
  /** the departments to show (the router passes those the user may read) */
  departmentIds?: number[];
  groupIds?: number[];
  states?: TimelineStateFilter[];
  q?: string;
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

/** One hand edit as the detail panel lists it: what was written, and when. */
export interface EditLogEntry extends EditLogInput {
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
  /** `Change.id`s the PM rejected */
  rejected?: string[];
  /**
   * per `Change.entryKey`: `name` renames (a known initiative takes it, its old name stays an alias), `alias`
   * adds another name later reports may use, `mergeIntoId` commits it into an existing initiative (merge)
   */
  entries?: Record<string, { name?: string; alias?: string; mergeIntoId?: number; group?: string }>;
  /** per `Change.decisionKey` of a milestone change: the corrected date, state or title */
  milestoneFixes?: Record<string, { date?: string; state?: MilestoneState; title?: string }>;
  /** per `Change.decisionKey` of a milestone change: move it to another entry of this report (its `Change.entryKey`) */
  milestoneMoves?: Record<string, { toEntry: string }>;
  /** `Change.decisionKey`s of conflicts where the PM keeps the manual edit instead of the report */
  keepManual?: string[];
  /** milestones the extractor missed, which the PM pointed at in a line of an entry */
  addedMilestones?: AddedMilestone[];
  /** per `Change.decisionKey` of a reported milestone: the known milestone of the same initiative it is (its date moved) */
  milestoneMaps?: Record<string, { milestoneId: number }>;
}

/**
 * A milestone added from a report line: named by its entry, the line's text and
 * the span and event chosen (content, not position). What is not given is read
 * from the span (import/added-milestones.ts).
 */
export interface AddedMilestone {
  entryKey: string;
  /** the line's text as the extraction gives it (`SourceLine.text`) */
  line: string;
  /** the part of the line that states the milestone; the whole line when absent */
  span?: string;
  event: string;
  title?: string;
  date?: string;
  state?: MilestoneState;
}

interface ChangeBase {
  /** stable within one preview: what `ReviewDecisions.rejected` names (minted by import/change-id.ts only) */
  id: string;
  /** what the change's fix, move and kept manual value are stored under: a reported milestone's state change shares its milestone's */
  decisionKey: string;
  canReject: boolean;
  /** a reported milestone's date or state the PM may correct (or move to another entry) */
  canFix: boolean;
  /** index into ExtractionResult.entries, null for silent initiatives */
  entry: number | null;
  /** what names the entry across versions of the text (import/change-id.ts), null for silent initiatives */
  entryKey: string | null;
  initiativeId: number | null;
  initiativeName: string;
  group: string;
  source: SourceLine | null;
}

export type Change =
  | (ChangeBase & { kind: "new_initiative" })
  | (ChangeBase & {
      kind: "new_milestone";
      title: string;
      date: string;
      rangeStart: string;
      precision: Precision;
      state: MilestoneState;
      baselineDate: string | null;
    })
  | (ChangeBase & {
      kind: "date_change";
      milestoneId: number;
      title: string;
      oldDate: string;
      newDate: string;
      precision: Precision;
      reason: string | null;
      conflict: boolean;
    })
  | (ChangeBase & {
      kind: "state_change";
      milestoneId: number;
      title: string;
      oldState: MilestoneState;
      newState: MilestoneState;
      reason: string | null;
      conflict: boolean;
    })
  | (ChangeBase & { kind: "progress_change"; oldProgress: number | null; newProgress: number; regression: boolean; conflict: boolean })
  | (ChangeBase & { kind: "status_change"; oldStatus: InitiativeStatus; newStatus: InitiativeStatus })
  | (ChangeBase & { kind: "silent"; lastSeenWeek: string | null });

export type { ChangeKind };

export interface ChangeSet {
  week: string;
  reportDate: string;
  /** the department the change set was planned against */
  departmentId: number;
  /** the department the report's header names ("" when none): what the import page proposes */
  department: string;
  /** "new" week, "same" content already imported (nothing to do), or "replace" a different version of an imported week */
  mode: "new" | "same" | "replace";
  changes: Change[];
  extraction: ExtractionResult;
  /** each extracted entry's `Change.entryKey`, in the order of `extraction.entries` */
  entryKeys: string[];
  /** the decisions the changes were planned with: those asked for, or (none asked for) the earlier version's that still apply */
  decisions: ReviewDecisions;
  /** the earlier version's decisions this version gives no place to; null when the week was not imported before */
  lostDecisions: LostDecision[] | null;
}

export interface ImportResult {
  reportId: number;
  week: string;
  mode: ChangeSet["mode"];
  /** the changes applied, per kind (rejected ones are not counted) */
  counts: Partial<Record<ChangeKind, number>>;
  /** the same text again ("same"): the layout rules it remembered for the department, undoable; absent when none */
  rememberedRules?: number;
}
