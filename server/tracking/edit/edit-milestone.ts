import type { Db } from "../../db";
import { appendEditLog } from "../../db/store/edit-log";
import { readInitiativeForEdit } from "../../db/store/initiatives";
import { claimMilestoneVersion, readMilestoneForEdit, setMilestoneInitiative } from "../../db/store/milestones";
import { insertMilestoneObservations, latestBasisDate } from "../../db/store/observations";
import { readLatestWeeks, readMilestoneRow } from "../../db/store/timeline-rows";
import { recompute } from "../derive/recompute";
import { toTimelineMilestone } from "../derive/to-timeline";
import { trackedTransaction } from "../tracked-transaction";
import { TrackingError } from "../tracking-error";
import type { TimelineMilestone } from "../types";
import { type MilestoneEdit, planMilestoneEdit, validateMilestoneEdit } from "./plan-milestone-edit";

export type { MilestoneEdit };

/** A PM's change to a milestone, recorded like a report's (who, when, old → new, why). */
export async function editMilestone(db: Db, edit: MilestoneEdit): Promise<TimelineMilestone> {
  validateMilestoneEdit(edit);
  const { value } = await trackedTransaction(db, async (write) => {
    const { tx } = write;
    const m = await readMilestoneForEdit(tx, edit.id);
    if (!m) throw new TrackingError("not_found", `没有编号为 ${edit.id} 的里程碑`);
    // Claim the version first, so two concurrent edits of the same version cannot both pass.
    if (!(await claimMilestoneVersion(tx, m.id, edit.expectedVersion)))
      throw new TrackingError("conflict", `里程碑「${m.title}」已被他人修改，请刷新后重试`);
    const moving = edit.initiativeId !== undefined && edit.initiativeId !== m.initiativeId;
    const target = moving ? await readInitiativeForEdit(tx, edit.initiativeId!) : null;
    if (moving && !target) throw new TrackingError("not_found", `没有编号为 ${edit.initiativeId} 的项目`);
    if (target && target.departmentId !== m.departmentId) throw new TrackingError("invalid", "不能把里程碑移到其他部门的项目");
    const plan = planMilestoneEdit(m, edit, target);

    if (plan.observation) {
      const basisDate = (await latestBasisDate(tx, { milestoneId: m.id })) ?? edit.today;
      await insertMilestoneObservations(tx, [
        { milestoneId: m.id, reportId: null, actor: edit.actor, basisDate, key: m.key, reason: edit.reason ?? null, ...plan.observation },
      ]);
    }
    if (plan.moveTo !== null) await setMilestoneInitiative(tx, m.id, plan.moveTo);
    await appendEditLog(
      tx,
      plan.log.map((c) => ({ entity: "milestone", entityId: m.id, ...c, reason: edit.reason ?? null, actor: edit.actor })),
    );
    await recompute(write, [m.id], [m.initiativeId, plan.moveTo ?? m.initiativeId]);
    const saved = await readMilestoneRow(tx, m.id);
    if (!saved) throw new TrackingError("not_found", `没有编号为 ${edit.id} 的里程碑`);
    return toTimelineMilestone(saved, edit.today, (await readLatestWeeks(tx)).get(m.departmentId) ?? null);
  });
  return value;
}
