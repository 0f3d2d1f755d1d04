// The rows an import or a merge may change in a department, captured before
// it and written back on undo. The small tables (groups, initiatives, aliases,
// milestones) are captured whole; observations only where the operation
// deletes or moves some (a replaced report's, a merged initiative's), and every
// observation created after the capture is removed on undo.
import type { Tx } from "../create-client";
import type { TaughtRules } from "./undo-profile-rules";

type Row = Record<string, unknown>;

export interface DepartmentRows {
  groups: Row[];
  initiatives: Row[];
  aliases: Row[];
  milestones: Row[];
  /** followers of initiatives a merge deletes (their follows cascade away) */
  follows: Row[];
  milestoneObservations: Row[];
  initiativeObservations: Row[];
  /** the report an import replaced (null: there was none) */
  report: Row | null;
  /** observations with a higher id did not exist before */
  maxMilestoneObservationId: number;
  maxInitiativeObservationId: number;
  /** the operation's own edit-log rows (a rename, a merge) count as a PM's naming: they go with it */
  maxEditLogId: number;
  /** the layout rules it taught (filled in once it wrote; undo points of older versions have none) */
  profileRules?: TaughtRules;
}

export interface CaptureScope {
  departmentId: number;
  /** a report about to be replaced: its row and observations */
  reportId?: number | null;
  /** initiatives about to be merged away: their observations, their milestones', their follows */
  initiativeIds?: readonly number[];
}

const byId = { orderBy: { id: "asc" as const } };

export async function captureDepartmentRows(tx: Tx, scope: CaptureScope): Promise<DepartmentRows> {
  const { departmentId } = scope;
  const inDept = { initiative: { departmentId } };
  const initiativeIds = [...(scope.initiativeIds ?? [])];
  const reportId = scope.reportId ?? -1;
  const [maxM, maxI, maxE] = await Promise.all([
    tx.milestoneObservation.aggregate({ _max: { id: true } }),
    tx.initiativeObservation.aggregate({ _max: { id: true } }),
    tx.editLog.aggregate({ _max: { id: true } }),
  ]);
  return {
    groups: await tx.group.findMany({ where: { departmentId }, ...byId }),
    initiatives: await tx.initiative.findMany({ where: { departmentId }, ...byId }),
    aliases: await tx.initiativeAlias.findMany({ where: { departmentId }, ...byId }),
    milestones: await tx.milestone.findMany({ where: inDept, ...byId }),
    follows: await tx.follow.findMany({ where: { initiativeId: { in: initiativeIds } } }),
    milestoneObservations: await tx.milestoneObservation.findMany({
      where: { OR: [{ reportId }, { milestone: { initiativeId: { in: initiativeIds } } }] },
      ...byId,
    }),
    initiativeObservations: await tx.initiativeObservation.findMany({
      where: { OR: [{ reportId }, { initiativeId: { in: initiativeIds } }] },
      ...byId,
    }),
    report: scope.reportId ? await tx.report.findUnique({ where: { id: scope.reportId } }) : null,
    maxMilestoneObservationId: maxM._max.id ?? 0,
    maxInitiativeObservationId: maxI._max.id ?? 0,
    maxEditLogId: maxE._max.id ?? 0,
  };
}

const DATE_FIELDS = new Set(["createdAt", "updatedAt", "importedAt"]);

/** JSON text of captured rows (dates as ISO strings). */
export const serializeRows = (rows: DepartmentRows): string => JSON.stringify(rows);

/** Captured rows back from their JSON text, with their dates as dates again. */
export function parseRows(text: string): DepartmentRows {
  return JSON.parse(text, (key, value: unknown) => (DATE_FIELDS.has(key) && typeof value === "string" ? new Date(value) : value));
}

/** A delegate's calls used here, on any of the restored models. */
interface Delegate {
  deleteMany(args: { where: Row }): Promise<unknown>;
  upsert(args: { where: Row; create: Row; update: Row }): Promise<unknown>;
}

async function putBack(delegate: Delegate, rows: readonly Row[], key: (row: Row) => Row = (r) => ({ id: r.id })) {
  for (const row of rows) await delegate.upsert({ where: key(row), create: row, update: row });
}

const ids = (rows: readonly Row[]) => rows.map((r) => r.id as number);

/**
 * Writes the captured rows back: what the operation created is deleted, what it
 * changed or deleted is as it was (same ids, same versions and timestamps).
 * `reportId`: the report an import wrote, deleted when it replaced none.
 */
export async function restoreDepartmentRows(tx: Tx, departmentId: number, rows: DepartmentRows, reportId: number | null) {
  const inDept = { initiative: { departmentId } };
  const initiativeIds = ids(await tx.initiative.findMany({ where: { departmentId }, select: { id: true } }));
  const milestoneIds = ids(await tx.milestone.findMany({ where: inDept, select: { id: true } }));
  await tx.editLog.deleteMany({
    where: {
      id: { gt: rows.maxEditLogId ?? Number.MAX_SAFE_INTEGER },
      OR: [
        { entity: "initiative", entityId: { in: [...initiativeIds, ...ids(rows.initiatives)] } },
        { entity: "milestone", entityId: { in: [...milestoneIds, ...ids(rows.milestones)] } },
      ],
    },
  });
  await tx.milestoneObservation.deleteMany({ where: { id: { gt: rows.maxMilestoneObservationId }, milestone: inDept } });
  await tx.initiativeObservation.deleteMany({ where: { id: { gt: rows.maxInitiativeObservationId }, ...inDept } });
  if (reportId !== null && !rows.report) await tx.report.delete({ where: { id: reportId } });
  await tx.initiativeAlias.deleteMany({ where: { departmentId, id: { notIn: ids(rows.aliases) } } });
  await tx.milestone.deleteMany({ where: { ...inDept, id: { notIn: ids(rows.milestones) } } });
  await tx.initiative.deleteMany({ where: { departmentId, id: { notIn: ids(rows.initiatives) } } });
  // aliases are unique by department and key: the current ones go before the old ones come back
  await tx.initiativeAlias.deleteMany({ where: { departmentId } });
  await putBack(tx.group as unknown as Delegate, rows.groups);
  await putBack(tx.initiative as unknown as Delegate, rows.initiatives);
  await putBack(tx.milestone as unknown as Delegate, rows.milestones);
  if (rows.aliases.length) await tx.initiativeAlias.createMany({ data: rows.aliases as never });
  await putBack(tx.follow as unknown as Delegate, rows.follows, (r) => ({
    userId_initiativeId: { userId: r.userId, initiativeId: r.initiativeId },
  }));
  if (rows.report) await putBack(tx.report as unknown as Delegate, [rows.report]);
  await putBack(tx.milestoneObservation as unknown as Delegate, rows.milestoneObservations);
  await putBack(tx.initiativeObservation as unknown as Delegate, rows.initiativeObservations);
  await tx.group.deleteMany({ where: { departmentId, id: { notIn: ids(rows.groups) } } });
}
