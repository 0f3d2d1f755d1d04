import type { Db } from "../db";
import type { MilestoneState } from "../extract/types";
import type { TimelineMilestone } from "./types";

export interface MilestoneEdit {
  id: number;
  /** the version the user saw; a different current version is a conflict */
  expectedVersion: number;
  date?: string;
  rangeStart?: string;
  state?: MilestoneState;
  title?: string;
  /** move it to another initiative */
  initiativeId?: number;
  reason?: string | null;
  actor: string;
  today: string;
}

export async function editMilestone(db: Db, edit: MilestoneEdit): Promise<TimelineMilestone> {
  void db; void edit;
  throw new Error("editMilestone: in progress");
}
