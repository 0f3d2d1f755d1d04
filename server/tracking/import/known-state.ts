import type { DbOrTx } from "../../db";
import { readKnownRows } from "../../db/store/known-rows";
import type { MilestoneState, Precision } from "../../extract/types";
import { sortObservations, type Ordered } from "../derive/observation-order";
import type { InitiativeStatus } from "../types";

export interface KnownMilestone {
  id: number;
  initiativeId: number;
  /** every key a report has used for it */
  keys: string[];
  /** the report lines that stated it, oldest first (pairs milestones of one title: pair-milestones.ts) */
  texts?: string[];
  title: string;
  date: string;
  rangeStart: string;
  precision: Precision;
  state: MilestoneState;
  /** its current values come from a manual edit */
  manual: boolean;
}

export interface KnownInitiative {
  id: number;
  name: string;
  groupName: string;
  aliasKeys: string[];
  status: InitiativeStatus;
  progress: number | null;
  progressManual: boolean;
  lastSeenWeek: string | null;
  milestones: KnownMilestone[];
}

/** What the tracker knows of one department, as matching a new report needs it. */
export interface KnownState {
  departmentId: number;
  initiatives: KnownInitiative[];
  /** the newest report week of the department */
  latestWeek: string | null;
}

export async function loadKnownState(db: DbOrTx, departmentId: number): Promise<KnownState> {
  const { initiatives, latestWeek } = await readKnownRows(db, departmentId);
  return {
    departmentId,
    latestWeek,
    initiatives: initiatives.map(({ progressObservations, milestones, ...i }) => ({
      ...i,
      progressManual: latestIsManual(progressObservations),
      milestones: milestones.map(({ observations, ...m }) => ({
        ...m,
        keys: [...new Set(observations.map((o) => o.key))],
        texts: [...new Set(observations.flatMap((o) => (o.reportId !== null && o.text ? [o.text] : [])))],
        manual: latestIsManual(observations),
      })),
    })),
  };
}

function latestIsManual(observations: readonly Ordered[]): boolean {
  return sortObservations(observations).at(-1)?.reportId === null;
}
