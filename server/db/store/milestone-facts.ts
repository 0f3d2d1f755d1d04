import { parseMilestoneState } from "../../../lib/domain/milestone-state";
import { parsePrecision } from "../../../lib/domain/precision";
import type { MilestoneFacts } from "../../../lib/timeline/types";
import { num, type RawRow, str, strOrNull } from "./raw-rows";

/** The Milestone columns that hold what its observations make of it (lib/timeline/types.ts). */
export const MILESTONE_FACT_COLUMNS = [
  "title",
  "date",
  "rangeStart",
  "precision",
  "state",
  "baselineDate",
  "baselineStart",
  "timesMoved",
  "lastMoveWeek",
  "lastMoveDays",
] as const satisfies readonly (keyof MilestoneFacts)[];

/** A Milestone row's facts, typed: enum columns parsed, a bad stored value an error. */
export function parseMilestoneFacts(r: RawRow<(typeof MILESTONE_FACT_COLUMNS)[number]>): MilestoneFacts {
  return {
    title: str(r.title),
    date: str(r.date),
    rangeStart: str(r.rangeStart),
    precision: parsePrecision(r.precision),
    state: parseMilestoneState(r.state),
    baselineDate: str(r.baselineDate),
    baselineStart: str(r.baselineStart),
    timesMoved: num(r.timesMoved),
    lastMoveWeek: strOrNull(r.lastMoveWeek),
    lastMoveDays: num(r.lastMoveDays),
  };
}
