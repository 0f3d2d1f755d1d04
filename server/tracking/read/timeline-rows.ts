import type { DbOrTx } from "../../db";
import type { Milestone } from "../../generated/prisma/client";

/** Only the columns the timeline draws: reading whole rows (timestamps included) costs twice as much. */
export const MILESTONE_COLUMNS = {
  id: true, initiativeId: true, title: true, date: true, rangeStart: true, precision: true, state: true,
  baselineDate: true, baselineStart: true, timesMoved: true, lastMoveWeek: true, lastMoveDays: true, version: true,
} as const;

const INITIATIVE_COLUMNS = {
  id: true, department: true, name: true, groupId: true, status: true, progress: true, startDate: true, lastSeenWeek: true, version: true,
} as const;

export type MilestoneRow = { [K in keyof typeof MILESTONE_COLUMNS]: Milestone[K] };
export type InitiativeRow = Awaited<ReturnType<typeof readInitiatives>>[number] & { groupName: string; aliasNames: string[]; milestones: MilestoneRow[] };

const MILESTONE_SQL = `SELECT ${Object.keys(MILESTONE_COLUMNS).map((c) => `"${c}"`).join(", ")} FROM "Milestone"`;

/**
 * All milestones through plain SQL (standard, quoted identifiers: the same on
 * SQLite and PostgreSQL): for the whole timeline this skips a third of the
 * client's cost per row. One initiative's few go through the client.
 */
function readMilestones(db: DbOrTx, initiativeIds?: number[]): Promise<MilestoneRow[]> {
  if (initiativeIds) return db.milestone.findMany({ where: { initiativeId: { in: initiativeIds } }, select: MILESTONE_COLUMNS });
  return db.$queryRawUnsafe<MilestoneRow[]>(MILESTONE_SQL);
}

function readInitiatives(db: DbOrTx, ids?: number[]) {
  return db.initiative.findMany({ where: ids ? { id: { in: ids } } : {}, orderBy: { id: "asc" }, select: INITIATIVE_COLUMNS });
}

/**
 * Initiatives (all, or those given) with their group name, aliases and
 * milestones, in four flat reads. One after the other: inside a transaction
 * they share one connection, which must not run queries at once.
 */
export async function readTimelineRows(db: DbOrTx, ids?: number[]): Promise<InitiativeRow[]> {
  const initiatives = await readInitiatives(db, ids);
  const milestones = await readMilestones(db, ids);
  const aliases = await db.initiativeAlias.findMany({ where: ids ? { initiativeId: { in: ids } } : {}, select: { initiativeId: true, name: true } });
  const groups = await db.group.findMany({ select: { id: true, name: true } });
  const groupNames = new Map(groups.map((g) => [g.id, g.name]));
  const rows = new Map<number, InitiativeRow>(
    initiatives.map((i) => [i.id, { ...i, groupName: groupNames.get(i.groupId) ?? "", aliasNames: [], milestones: [] }]),
  );
  for (const m of milestones) rows.get(m.initiativeId)?.milestones.push(m);
  for (const a of aliases) rows.get(a.initiativeId)?.aliasNames.push(a.name);
  return [...rows.values()];
}
