// Undo of an import or a merge: the rows the operation changed are captured in
// its transaction (before it writes) and written back by the undo, which is
// refused once a later write of the department may depend on it. An import's
// layout rules are undone too (forget-taught-rules.ts).
import type { Db } from "../../db";
import { lockImports } from "../../db/import-lock";
import { departmentStamp, deleteUndoPoint, readUndoPoint, saveUndoPoint, type UndoKind } from "../../db/store/undo-points";
import { readProfileRuleRows, taughtRules } from "../../db/store/undo-profile-rules";
import { type CaptureScope, captureDepartmentRows, parseRows, restoreDepartmentRows, serializeRows } from "../../db/store/undo-rows";
import type { TrackedWrite } from "../tracked-transaction";
import { trackedTransaction } from "../tracked-transaction";
import { TrackingError } from "../tracking-error";
import { forgetTaughtRules } from "./forget-taught-rules";

/** What an operation records so that it can be undone: call `capture` before it writes, `save` after. */
export async function recordUndo(write: TrackedWrite, scope: CaptureScope) {
  const rows = await captureDepartmentRows(write.tx, scope);
  const rules = await readProfileRuleRows(write.tx, scope.departmentId);
  return {
    save: async (point: { kind: UndoKind; reportId: number | null; initiativeId: number | null; label: string; actor: string }) => {
      const profileRules = taughtRules(rules, await readProfileRuleRows(write.tx, scope.departmentId));
      return saveUndoPoint(write.tx, { ...point, departmentId: scope.departmentId, before: serializeRows({ ...rows, profileRules }) });
    },
  };
}

export interface UndoDone {
  departmentId: number;
  kind: UndoKind;
  label: string;
  reportId: number | null;
  initiativeId: number | null;
}

/**
 * Puts the department back as it was before the operation of undo point `id`.
 * Only while nothing was written in the department since (the newest first,
 * one after the other): a later import or edit may build on it, so it is
 * refused with a message that says so.
 */
export async function undoPoint(db: Db, id: number, expected: { kind: UndoKind; departmentId: number }): Promise<UndoDone> {
  const { value } = await trackedTransaction(
    db,
    async ({ tx }) => {
      await lockImports(tx);
      const point = await readUndoPoint(tx, id);
      if (!point || point.kind !== expected.kind || point.departmentId !== expected.departmentId)
        throw new TrackingError(
          "not_found",
          expected.kind === "import" ? "这次导入已无法撤销（没有它的撤销记录）" : "这次合并已无法撤销（没有它的撤销记录）",
        );
      if ((await departmentStamp(tx, point.departmentId)) !== point.afterStamp)
        throw new TrackingError("conflict", "此后本部门又有导入或修改，它们可能依赖这次操作：只能从最近的一次起依次撤销，或手动修改");
      const rows = parseRows(point.before);
      await restoreDepartmentRows(tx, point.departmentId, rows, point.kind === "import" ? point.reportId : null);
      if (rows.profileRules) await forgetTaughtRules(tx, point.departmentId, rows.profileRules);
      await deleteUndoPoint(tx, point.id);
      return {
        departmentId: point.departmentId,
        kind: expected.kind,
        label: point.label,
        reportId: point.reportId,
        initiativeId: point.initiativeId,
      };
    },
    { long: true },
  );
  return value;
}
