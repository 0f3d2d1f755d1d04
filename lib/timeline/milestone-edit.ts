// What a PM's edit makes of a milestone's stored facts. The server records the
// edit as the milestone's latest observation and re-derives it (edit-milestone.ts,
// derive-milestone.ts); the client's optimistic update needs the same answer
// before the server gives it.
import { daysBetween } from "../dates/day-number";
import type { MilestoneState } from "../domain/milestone-state";
import { MANUAL_MOVE_WEEK } from "./figures";
import type { TimelineMilestone } from "./types";

export interface MilestoneEditFields {
  date?: string;
  rangeStart?: string;
  state?: MilestoneState;
  title?: string;
}

export type EditableMilestone = Pick<
  TimelineMilestone,
  "title" | "date" | "rangeStart" | "precision" | "state" | "timesMoved" | "lastMoveWeek" | "lastMoveDays"
>;

export type EditedValues = Pick<TimelineMilestone, "title" | "date" | "rangeStart" | "precision" | "state">;

/**
 * The values a milestone has after an edit, or null when the edit changes none
 * of them (it then records nothing, so even the precision stays). A new date
 * without a range is one day (`12月中旬` dragged to 12-18 is 12-18); a range
 * never starts after its end.
 */
export function editedValues(m: EditedValues, edit: MilestoneEditFields): EditedValues | null {
  const date = edit.date ?? m.date;
  const requestedStart = edit.rangeStart ?? edit.date ?? m.rangeStart;
  const rangeStart = requestedStart > date ? date : requestedStart;
  const state = edit.state ?? m.state;
  const observed = date !== m.date || state !== m.state || rangeStart !== m.rangeStart || edit.title !== undefined;
  if (!observed) return null;
  const precision = edit.date !== undefined && edit.rangeStart === undefined ? "day" : m.precision;
  return { title: edit.title ?? m.title, date, rangeStart, precision, state };
}

/**
 * The milestone after a PM's edit, as the server will derive it: the edited
 * values, and a changed date is a manual move.
 *
 * Known gap: a milestone whose only move is the `原定…` its first report
 * stated counts that as its one move until another move comes, and the server
 * then counts only the later one (derive-milestone.ts); here it counts both.
 */
export function milestoneAfterEdit<M extends EditableMilestone>(m: M, edit: MilestoneEditFields): M {
  const values = editedValues(m, edit);
  if (!values) return m;
  const moved = values.date !== m.date;
  return {
    ...m,
    ...values,
    ...(moved ? { timesMoved: m.timesMoved + 1, lastMoveWeek: MANUAL_MOVE_WEEK, lastMoveDays: daysBetween(m.date, values.date) } : {}),
  };
}
