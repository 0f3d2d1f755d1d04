import type { MilestoneObservationFacts } from "../../db/store/derived-rows";
import { MANUAL_MOVE_WEEK } from "../../../lib/timeline/figures";
import type { MilestoneFacts } from "../../../lib/timeline/types";
import { daysBetween } from "../../../lib/dates/day-number";
import { isoWeekOf } from "../../../lib/dates/iso-week";
import { sortObservations } from "./observation-order";

export type { MilestoneObservationFacts };

export type DerivedMilestone = MilestoneFacts;

/**
 * A milestone's current values are those of its latest observation; its
 * baseline is the first date ever reported for it (or the earlier date that
 * first report itself states, `原定12/05`).
 */
export function deriveMilestone(observations: readonly MilestoneObservationFacts[]): DerivedMilestone | null {
  const ordered = sortObservations(observations);
  const first = ordered[0];
  const last = ordered[ordered.length - 1];
  if (!first || !last) return null;
  let timesMoved = 0;
  let lastMoveWeek: string | null = null;
  let lastMoveDays = 0;
  for (let i = 1; i < ordered.length; i++) {
    const before = ordered[i - 1]!;
    const now = ordered[i]!;
    if (now.date === before.date) continue;
    timesMoved++;
    lastMoveWeek = now.reportId === null ? MANUAL_MOVE_WEEK : isoWeekOf(now.basisDate);
    lastMoveDays = daysBetween(before.date, now.date);
  }
  const stated = first.statedBaseline && first.statedBaseline < first.date ? first.statedBaseline : null;
  if (stated && timesMoved === 0) {
    timesMoved = 1;
    lastMoveWeek = first.reportId === null ? MANUAL_MOVE_WEEK : isoWeekOf(first.basisDate);
    lastMoveDays = daysBetween(stated, first.date);
  }
  return {
    title: last.title,
    date: last.date,
    rangeStart: last.rangeStart,
    precision: last.precision,
    state: last.state,
    baselineDate: stated ?? first.date,
    baselineStart: stated ?? first.rangeStart,
    timesMoved,
    lastMoveWeek,
    lastMoveDays,
  };
}
