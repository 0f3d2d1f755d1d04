import type { Db } from "../../db";
import { appendEditLog } from "../../db/store/edit-log";
import { absorbInitiative, bumpInitiativeVersion, readInitiativeForEdit } from "../../db/store/initiatives";
import { mergeMilestoneInto, readMilestoneKeys, setMilestoneInitiative } from "../../db/store/milestones";
import { recompute } from "../derive/recompute";
import { ensureAliases } from "../initiative-aliases";
import { findMilestoneByKey } from "../import/milestone-key";
import { readTimelineInitiative } from "../read/read-timeline-initiative";
import { trackedTransaction } from "../tracked-transaction";
import { recordUndo } from "../undo/undo-point";
import { TrackingError } from "../tracking-error";
import type { TimelineInitiative } from "../types";

/**
 * Merges `sourceId` into `targetId`: its reports, milestones and names move
 * over (a milestone both have becomes one), and its names become aliases of
 * the target, so later reports that use either name land on the target.
 */
export async function mergeInitiatives(
  db: Db,
  input: { sourceId: number; targetId: number; actor: string; reason?: string | null; today: string },
): Promise<TimelineInitiative> {
  if (input.sourceId === input.targetId) throw new TrackingError("invalid", "不能把项目合并到它自己");
  const { value } = await trackedTransaction(db, async (write) => {
    const { tx } = write;
    const source = await readInitiativeForEdit(tx, input.sourceId);
    const target = await readInitiativeForEdit(tx, input.targetId);
    if (!source || !target) throw new TrackingError("not_found", `没有编号为 ${source ? input.targetId : input.sourceId} 的项目`);
    if (source.departmentId !== target.departmentId) throw new TrackingError("invalid", "不能合并不同部门的项目");
    const undo = await recordUndo(write, { departmentId: source.departmentId, initiativeIds: [source.id] });
    const targetMilestones = await readMilestoneKeys(tx, target.id);
    const touched: number[] = [];
    for (const m of await readMilestoneKeys(tx, source.id)) {
      const same = findMilestoneByKey(targetMilestones, m.key);
      if (same) {
        await mergeMilestoneInto(tx, m.id, same.id);
        touched.push(same.id);
      } else {
        await setMilestoneInitiative(tx, m.id, target.id);
      }
    }
    await absorbInitiative(tx, source.id, target);
    await ensureAliases(tx, target.departmentId, target.id, [source.name]);
    await appendEditLog(tx, [
      {
        entity: "initiative",
        entityId: target.id,
        field: "merge",
        oldValue: source.name,
        newValue: target.name,
        reason: input.reason ?? null,
        actor: input.actor,
      },
    ]);
    await bumpInitiativeVersion(tx, target.id);
    await recompute(write, touched, [target.id]);
    await undo.save({
      kind: "merge",
      reportId: null,
      initiativeId: target.id,
      label: `${source.name} → ${target.name}`,
      actor: input.actor,
    });
    return readTimelineInitiative(tx, target.id, input.today);
  });
  return value;
}
