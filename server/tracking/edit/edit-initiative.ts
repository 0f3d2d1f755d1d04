import type { Db } from "../../db";
import { appendEditLog } from "../../db/store/edit-log";
import {
  claimInitiativeVersion,
  findOrCreateGroup,
  readInitiativeForEdit,
  setInitiativeGroup,
  setInitiativeName,
} from "../../db/store/initiatives";
import { insertInitiativeObservations, latestBasisDate } from "../../db/store/observations";
import { recompute } from "../derive/recompute";
import { ensureAliases } from "../initiative-aliases";
import { readTimelineInitiative } from "../read/read-timeline-initiative";
import { trackedTransaction } from "../tracked-transaction";
import { TrackingError } from "../tracking-error";
import type { TimelineInitiative } from "../types";
import { type InitiativeEdit, planInitiativeEdit, validateInitiativeEdit } from "./plan-initiative-edit";

export type { InitiativeEdit };

/** A PM's change to an initiative. A rename keeps the old name as an alias, so later reports still find it. */
export async function editInitiative(db: Db, edit: InitiativeEdit): Promise<TimelineInitiative> {
  validateInitiativeEdit(edit);
  const { value } = await trackedTransaction(db, async (write) => {
    const { tx } = write;
    const i = await readInitiativeForEdit(tx, edit.id);
    if (!i) throw new TrackingError("not_found", `没有编号为 ${edit.id} 的项目`);
    if (!(await claimInitiativeVersion(tx, i.id, edit.expectedVersion)))
      throw new TrackingError("conflict", `项目「${i.name}」已被他人修改，请刷新后重试`);
    const plan = planInitiativeEdit(i, edit);
    if (plan.rename) {
      await ensureAliases(tx, i.departmentId, i.id, [i.name, plan.rename]);
      await setInitiativeName(tx, i.id, plan.rename);
    }
    if (plan.regroup) await setInitiativeGroup(tx, i.id, await findOrCreateGroup(tx, i.departmentId, plan.regroup));
    if (plan.observation) {
      const basisDate = (await latestBasisDate(tx, { initiativeId: i.id })) ?? edit.today;
      await insertInitiativeObservations(tx, [
        { initiativeId: i.id, reportId: null, actor: edit.actor, basisDate, reason: edit.reason ?? null, ...plan.observation },
      ]);
    }
    await appendEditLog(
      tx,
      plan.log.map((c) => ({ entity: "initiative", entityId: i.id, ...c, reason: edit.reason ?? null, actor: edit.actor })),
    );
    await recompute(write, [], [i.id]);
    return readTimelineInitiative(tx, i.id, edit.today);
  });
  return value;
}
