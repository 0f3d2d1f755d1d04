// A Timeline with one edit applied before the server answers (the optimistic
// update of the chart). Pure: returns a new Timeline, never mutates its input.
// The server's figures replace these when the query is refetched.
import { differenceInCalendarDays, isValid, parseISO } from "date-fns";
import type { Timeline, TimelineInitiative, TimelineMilestone } from "~/server/tracking/types";

export type MilestonePatch = Partial<Pick<TimelineMilestone, "date" | "rangeStart" | "state" | "title" | "version">> & {
  /** moves it to this initiative */
  initiativeId?: number;
};
export type InitiativePatch = Partial<Pick<TimelineInitiative, "progress" | "startDate" | "status" | "name" | "version">>;

function slipOf(date: string, baseline: string, fallback: number): number {
  const a = parseISO(date);
  const b = parseISO(baseline);
  return isValid(a) && isValid(b) ? differenceInCalendarDays(a, b) : fallback;
}

/** Figures of the initiative that follow from its milestones. */
function refigure(i: TimelineInitiative, today: string): TimelineInitiative {
  const ms = i.milestones;
  const last = ms.reduce<string | null>((max, m) => (max === null || m.date > max ? m.date : max), null);
  const open = ms.filter((m) => m.state !== "done");
  return {
    ...i,
    endDate: last && last > i.startDate ? last : i.startDate,
    slipDays: Math.max(0, ...ms.map((m) => m.slipDays)),
    slippedCount: ms.filter((m) => m.slipDays > 0).length,
    overdueCount: open.filter((m) => m.date < today).length,
    atRiskCount: open.filter((m) => m.state === "at_risk").length,
  };
}

function mapInitiatives(t: Timeline, fn: (i: TimelineInitiative) => TimelineInitiative): Timeline {
  return { ...t, groups: t.groups.map((g) => ({ ...g, initiatives: g.initiatives.map(fn) })) };
}

export function withMilestoneEdit(t: Timeline, milestoneId: number, { initiativeId, ...patch }: MilestonePatch): Timeline {
  const edited = mapInitiatives(t, (i) => {
    if (!i.milestones.some((m) => m.id === milestoneId)) return i;
    const milestones = i.milestones.map((m) => {
      if (m.id !== milestoneId) return m;
      const next = { ...m, ...patch };
      const slipDays = slipOf(next.date, m.baselineDate, m.slipDays);
      return { ...next, slipDays, overdue: next.state !== "done" && next.date < t.today, timesMoved: next.date !== m.date ? m.timesMoved + 1 : m.timesMoved };
    });
    return refigure({ ...i, milestones }, t.today);
  });
  return initiativeId === undefined ? edited : withMilestoneMoved(edited, milestoneId, initiativeId);
}

/** The milestone under another initiative (no change when either is unknown). */
function withMilestoneMoved(t: Timeline, milestoneId: number, initiativeId: number): Timeline {
  const all = t.groups.flatMap((g) => g.initiatives);
  const milestone = all.flatMap((i) => i.milestones).find((m) => m.id === milestoneId);
  if (!milestone || !all.some((i) => i.id === initiativeId)) return t;
  return mapInitiatives(t, (i) => {
    const has = i.milestones.some((m) => m.id === milestoneId);
    if (i.id === initiativeId) return has ? i : refigure({ ...i, milestones: [...i.milestones, milestone] }, t.today);
    return has ? refigure({ ...i, milestones: i.milestones.filter((m) => m.id !== milestoneId) }, t.today) : i;
  });
}

export function withInitiativeEdit(t: Timeline, initiativeId: number, patch: InitiativePatch): Timeline {
  return mapInitiatives(t, (i) => (i.id === initiativeId ? refigure({ ...i, ...patch }, t.today) : i));
}
