// Undo points: what an import or a merge can be undone to, and the
// department's fingerprint right after it (a later write changes it).
import { createHash } from "node:crypto";
import type { DbOrTx, Tx } from "../create-client";

export type UndoKind = "import" | "merge";

export interface UndoPointInput {
  departmentId: number;
  kind: UndoKind;
  reportId: number | null;
  initiativeId: number | null;
  label: string;
  before: string;
  actor: string;
}

export interface UndoPointRow extends Omit<UndoPointInput, "kind"> {
  id: number;
  kind: string;
  afterStamp: string;
  createdAt: Date;
}

/** How many undo points a department keeps (the oldest go first). */
const KEPT = 20;

/**
 * What every tracked write of the department changes: its rows' ids, versions
 * and update times, its reports' content, the newest observation ids.
 */
export async function departmentStamp(tx: DbOrTx, departmentId: number): Promise<string> {
  const inDept = { initiative: { departmentId } };
  const parts = await Promise.all([
    tx.group.findMany({ where: { departmentId }, select: { id: true, name: true, sortOrder: true }, orderBy: { id: "asc" } }),
    tx.initiative.findMany({ where: { departmentId }, select: { id: true, version: true, updatedAt: true }, orderBy: { id: "asc" } }),
    tx.milestone.findMany({ where: inDept, select: { id: true, version: true, updatedAt: true }, orderBy: { id: "asc" } }),
    tx.initiativeAlias.findMany({ where: { departmentId }, select: { id: true, initiativeId: true }, orderBy: { id: "asc" } }),
    tx.report.findMany({ where: { departmentId }, select: { id: true, contentHash: true }, orderBy: { id: "asc" } }),
    tx.milestoneObservation.aggregate({ where: { milestone: inDept }, _max: { id: true }, _count: true }),
    tx.initiativeObservation.aggregate({ where: inDept, _max: { id: true }, _count: true }),
  ]);
  return createHash("sha256").update(JSON.stringify(parts)).digest("hex");
}

/** Saves an undo point with the department's stamp as the operation left it; drops the oldest beyond KEPT. */
export async function saveUndoPoint(tx: Tx, input: UndoPointInput): Promise<number> {
  const afterStamp = await departmentStamp(tx, input.departmentId);
  const { id } = await tx.undoPoint.create({ data: { ...input, afterStamp }, select: { id: true } });
  const old = await tx.undoPoint.findMany({
    where: { departmentId: input.departmentId },
    orderBy: { id: "desc" },
    skip: KEPT,
    select: { id: true },
  });
  if (old.length) await tx.undoPoint.deleteMany({ where: { id: { in: old.map((o) => o.id) } } });
  return id;
}

export function readUndoPoint(db: DbOrTx, id: number): Promise<UndoPointRow | null> {
  return db.undoPoint.findUnique({ where: { id } });
}

/** The newest undo point of that kind for a report or an initiative, if any. */
export function findUndoPoint(
  db: DbOrTx,
  of: { kind: "import"; reportId: number } | { kind: "merge"; initiativeId: number },
): Promise<UndoPointRow | null> {
  return db.undoPoint.findFirst({ where: of, orderBy: { id: "desc" } });
}

export async function deleteUndoPoint(tx: Tx, id: number): Promise<void> {
  await tx.undoPoint.deleteMany({ where: { id } });
}

/** A report's undo points are gone with it. */
export async function deleteUndoPointsOfReport(tx: Tx, reportId: number): Promise<void> {
  await tx.undoPoint.deleteMany({ where: { kind: "import", reportId } });
}
