// A Timeline with one edit applied before the server answers (the optimistic
// update of the chart). Pure: returns a new Timeline, never mutates its input.
// The edit and the figures follow the server's rules (lib/timeline), so the
// refetched timeline that replaces this one draws the same chart; what only
// the server knows (new versions, aliases after a rename, another group) comes
// with the refetch. optimistic-matches-server.test.ts holds the two together.
import { isValid, parseISO } from "date-fns";
import { compareMilestones, initiativeFigures, milestoneFigures } from "~/lib/timeline/figures";
import { type MilestoneEditFields, milestoneAfterEdit } from "~/lib/timeline/milestone-edit";
import type { Timeline, TimelineInitiative, TimelineMilestone } from "~/lib/timeline/types";

export type MilestonePatch = MilestoneEditFields &
  Partial<Pick<TimelineMilestone, "version">> & {
    /** moves it to this initiative */
    initiativeId?: number;
  };
export type InitiativePatch = Partial<Pick<TimelineInitiative, "progress" | "startDate" | "status" | "name" | "owner" | "version">>;

/** The initiative's figures and its milestones' order again, against its department's latest week. */
function refigured(i: TimelineInitiative, today: string): TimelineInitiative {
  const milestones = i.milestones.map((m) => ({ ...m, ...milestoneFigures(m, today, i.departmentLatestWeek) })).sort(compareMilestones);
  return { ...i, ...initiativeFigures(i, milestones, today, i.departmentLatestWeek), milestones };
}

function mapInitiatives(t: Timeline, fn: (i: TimelineInitiative) => TimelineInitiative): Timeline {
  return { ...t, groups: t.groups.map((g) => ({ ...g, initiatives: g.initiatives.map(fn) })) };
}

const validDate = (d: string | undefined) => d === undefined || isValid(parseISO(d));

export function withMilestoneEdit(t: Timeline, milestoneId: number, { initiativeId, version, ...edit }: MilestonePatch): Timeline {
  // the server refuses it: show nothing that will not be saved
  if (!validDate(edit.date) || !validDate(edit.rangeStart)) return t;
  const edited = mapInitiatives(t, (i) => {
    if (!i.milestones.some((m) => m.id === milestoneId)) return i;
    const milestones = i.milestones.map((m) =>
      m.id === milestoneId ? { ...milestoneAfterEdit(m, edit), ...(version === undefined ? {} : { version }) } : m,
    );
    return refigured({ ...i, milestones }, t.today);
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
    if (i.id === initiativeId) return has ? i : refigured({ ...i, milestones: [...i.milestones, milestone] }, t.today);
    return has ? refigured({ ...i, milestones: i.milestones.filter((m) => m.id !== milestoneId) }, t.today) : i;
  });
}

export function withInitiativeEdit(t: Timeline, initiativeId: number, patch: InitiativePatch): Timeline {
  return mapInitiatives(t, (i) => (i.id === initiativeId ? refigured({ ...i, ...patch }, t.today) : i));
}
