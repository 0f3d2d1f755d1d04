import type { MilestoneState, Precision } from "../../extract/types";
import { daysBetween } from "./day-number";
import { isoWeekOf } from "./iso-week";
import { sortObservations, type Ordered } from "./observation-order";

export interface MilestoneObservationFacts extends Ordered {
  title: string;
  date: string;
  rangeStart: string;
  precision: string;
  state: string;
  statedBaseline: string | null;
}

export interface DerivedMilestone {
  title: string;
  date: string;
  rangeStart: string;
  precision: Precision;
  state: MilestoneState;
  baselineDate: string;
  baselineStart: string;
  timesMoved: number;
  lastMoveWeek: string | null;
  lastMoveDays: number;
}

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
    lastMoveWeek = now.reportId === null ? "manual" : isoWeekOf(now.basisDate);
    lastMoveDays = daysBetween(before.date, now.date);
  }
  const stated = first.statedBaseline && first.statedBaseline < first.date ? first.statedBaseline : null;
  if (stated && timesMoved === 0) {
    timesMoved = 1;
    lastMoveWeek = first.reportId === null ? "manual" : isoWeekOf(first.basisDate);
    lastMoveDays = daysBetween(stated, first.date);
  }
  return {
    title: last.title,
    date: last.date,
    rangeStart: last.rangeStart,
    precision: last.precision as Precision,
    state: last.state as MilestoneState,
    baselineDate: stated ?? first.date,
    baselineStart: stated ?? first.rangeStart,
    timesMoved,
    lastMoveWeek,
    lastMoveDays,
  };
}
