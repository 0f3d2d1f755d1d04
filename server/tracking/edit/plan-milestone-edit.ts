// Pure: what a PM's change to a milestone writes. The rules live here, tested
// without a database; edit-milestone.ts only reads, claims and writes.
import { isValid, parseISO } from "date-fns";
import type { MilestoneState, Precision } from "../../extract/types";
import { editedValues } from "../../../lib/timeline/milestone-edit";
import { TrackingError } from "../tracking-error";

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

export interface CurrentMilestone {
  initiativeId: number;
  initiativeName: string;
  title: string;
  date: string;
  rangeStart: string;
  precision: Precision;
  state: MilestoneState;
}

export interface FieldChange {
  field: string;
  oldValue: string | null;
  newValue: string | null;
}

export interface MilestoneEditPlan {
  /** the values to record as a manual observation, when any of them changes */
  observation: { title: string; date: string; rangeStart: string; precision: Precision; state: MilestoneState } | null;
  /** the initiative it moves to */
  moveTo: number | null;
  log: FieldChange[];
}

/** Refuses dates that are not calendar dates before anything is read. */
export function validateMilestoneEdit(edit: Pick<MilestoneEdit, "date" | "rangeStart">): void {
  for (const d of [edit.date, edit.rangeStart])
    if (d !== undefined && !isValid(parseISO(d))) throw new TrackingError("invalid", `日期无效: ${d}`);
}

/**
 * The observation to record (the edited values: lib/timeline/milestone-edit.ts,
 * which the client's optimistic update shares), the move, and the log.
 * `target` is the initiative it moves to, when the edit moves it.
 */
export function planMilestoneEdit(
  current: CurrentMilestone,
  edit: Omit<MilestoneEdit, "id" | "expectedVersion" | "actor" | "today">,
  target: { id: number; name: string } | null,
): MilestoneEditPlan {
  const observation = editedValues(current, edit);
  const log: FieldChange[] = [];
  if (observation && observation.date !== current.date) log.push({ field: "date", oldValue: current.date, newValue: observation.date });
  if (observation && observation.state !== current.state)
    log.push({ field: "state", oldValue: current.state, newValue: observation.state });
  if (edit.title !== undefined && edit.title !== current.title) log.push({ field: "title", oldValue: current.title, newValue: edit.title });
  const moving = target !== null && target.id !== current.initiativeId;
  // names, not ids: the log is read by people
  if (moving) log.push({ field: "initiative", oldValue: current.initiativeName, newValue: target.name });
  if (log.length === 0) throw new TrackingError("invalid", "没有需要保存的修改");
  return { observation, moveTo: moving ? target.id : null, log };
}
