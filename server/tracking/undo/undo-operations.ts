import type { Db, DbOrTx } from "../../db";
import { departmentStamp, findUndoPoint } from "../../db/store/undo-points";
import { TrackingError } from "../tracking-error";
import { type UndoDone, undoPoint } from "./undo-point";

type Target = { kind: "import"; reportId: number } | { kind: "merge"; initiativeId: number };

/** Undoes the import of report `reportId` (撤销本次导入): the department as it was before it, the report gone or its earlier version back. */
export async function undoImport(db: Db, departmentId: number, reportId: number): Promise<UndoDone> {
  return undoLatest(db, departmentId, { kind: "import", reportId });
}

/** Undoes the latest merge into initiative `initiativeId` (撤销合并): both initiatives as they were before it. */
export async function undoMerge(db: Db, departmentId: number, initiativeId: number): Promise<UndoDone> {
  return undoLatest(db, departmentId, { kind: "merge", initiativeId });
}

async function undoLatest(db: Db, departmentId: number, target: Target): Promise<UndoDone> {
  const point = await findUndoPoint(db, target);
  if (!point || point.departmentId !== departmentId)
    throw new TrackingError("not_found", target.kind === "import" ? "这份周报没有可撤销的导入" : "这个项目没有可撤销的合并");
  return undoPoint(db, point.id, { kind: target.kind, departmentId });
}

export interface UndoAvailability {
  /** an undo point exists */
  recorded: boolean;
  /** and nothing was written in the department since: the undo would go through */
  latest: boolean;
  /** what would be undone (a merge: `源 → 目标`) */
  label: string | null;
}

/** Whether the page may offer 撤销 for an import or a merge. */
export async function undoAvailability(db: DbOrTx, departmentId: number, target: Target): Promise<UndoAvailability> {
  const point = await findUndoPoint(db, target);
  if (!point || point.departmentId !== departmentId) return { recorded: false, latest: false, label: null };
  return { recorded: true, latest: (await departmentStamp(db, departmentId)) === point.afterStamp, label: point.label };
}
