import type { DbOrTx } from "../../db";
import type { MilestoneState, Precision } from "../../extract/types";
import { sortObservations, type Ordered } from "../derive/observation-order";
import type { InitiativeStatus } from "../types";

export interface KnownMilestone {
  id: number;
  initiativeId: number;
  /** every key a report has used for it */
  keys: string[];
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
  department: string;
  initiatives: KnownInitiative[];
  /** the newest report week of the department */
  latestWeek: string | null;
}

export async function loadKnownState(db: DbOrTx, department: string): Promise<KnownState> {
  const initiatives = await db.initiative.findMany({
      where: { department },
      orderBy: { id: "asc" },
      include: {
        group: true,
        aliases: true,
        milestones: { include: { observations: { select: { key: true, reportId: true, basisDate: true, id: true } } } },
        observations: { where: { progress: { not: null } }, select: { reportId: true, basisDate: true, id: true } },
      },
  });
  const latest = await db.report.findFirst({ where: { department }, orderBy: { reportDate: "desc" }, select: { week: true } });
  return {
    department,
    latestWeek: latest?.week ?? null,
    initiatives: initiatives.map((i) => ({
      id: i.id,
      name: i.name,
      groupName: i.group.name,
      aliasKeys: i.aliases.map((a) => a.key),
      status: i.status as InitiativeStatus,
      progress: i.progress,
      progressManual: latestIsManual(i.observations),
      lastSeenWeek: i.lastSeenWeek,
      milestones: i.milestones.map((m) => ({
        id: m.id,
        initiativeId: i.id,
        keys: [...new Set(m.observations.map((o) => o.key))],
        title: m.title,
        date: m.date,
        rangeStart: m.rangeStart,
        precision: m.precision as Precision,
        state: m.state as MilestoneState,
        manual: latestIsManual(m.observations),
      })),
    })),
  };
}

function latestIsManual(observations: readonly Ordered[]): boolean {
  return sortObservations(observations).at(-1)?.reportId === null;
}
