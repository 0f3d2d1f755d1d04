// The timeline as the server sends it and the chart draws it. Here, below
// both, because the client derives the same figures after an optimistic edit
// (./figures.ts). Dates are `yyyy-MM-dd`; weeks are ISO weeks (`2024-W50`).
import type { InitiativeStatus } from "../domain/initiative-status";
import type { MilestoneState } from "../domain/milestone-state";
import type { Precision } from "../domain/precision";

/** What a milestone's observations make of it: its current values, its baseline and how it moved. */
export interface MilestoneFacts {
  title: string;
  /** current date: the end of the current range */
  date: string;
  rangeStart: string;
  precision: Precision;
  state: MilestoneState;
  /** the first date ever reported (end of its range) */
  baselineDate: string;
  baselineStart: string;
  timesMoved: number;
  /** the week of the report that last moved its date, `manual` when a PM's edit did, null when never moved */
  lastMoveWeek: string | null;
  /** days the last move shifted it (negative: earlier) */
  lastMoveDays: number;
}

export interface TimelineMilestone extends MilestoneFacts {
  id: number;
  /** current − baseline in days (by the end of each range) */
  slipDays: number;
  /** the date has passed and it is not done */
  overdue: boolean;
  /** the latest report of its department moved it later */
  slippedThisWeek: boolean;
  version: number;
}

export interface TimelineInitiative {
  id: number;
  departmentId: number;
  name: string;
  aliases: string[];
  groupId: number;
  group: string;
  status: InitiativeStatus;
  progress: number | null;
  /** who answers for it (a hand-set owner, else the latest a report named), null when unknown */
  owner: string | null;
  /** bar start: first mention or explicit start */
  startDate: string;
  /** bar end: last milestone (or start when none) */
  endDate: string;
  lastSeenWeek: string | null;
  /** the newest report week of its department: what `silent` and `slippedThisWeek` are measured against */
  departmentLatestWeek: string | null;
  /** not mentioned in the latest report of its department */
  silent: boolean;
  /** the largest slip of its milestones, 0 when none slipped */
  slipDays: number;
  slippedCount: number;
  overdueCount: number;
  atRiskCount: number;
  /** in `compareMilestones` order */
  milestones: TimelineMilestone[];
  version: number;
}

export interface TimelineGroup {
  id: number;
  name: string;
  departmentId: number;
  /** the department's name: a timeline of several departments heads each group with it */
  department: string;
  initiatives: TimelineInitiative[];
}

export interface Timeline {
  /** the reference "today" the slip figures were computed for */
  today: string;
  /** the newest report week of any department */
  latestWeek: string | null;
  groups: TimelineGroup[];
}
