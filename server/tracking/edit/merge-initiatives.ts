import type { Db } from "../../db";
import { ensureAliases } from "../import/apply-plan";
import { findMilestoneByKey } from "../import/milestone-key";
import { recompute } from "../derive/recompute";
import { readTimelineInitiative } from "../read/read-timeline-initiative";
import { TrackingError } from "../tracking-error";
import type { TimelineInitiative } from "../types";
import { bumpRevision } from "../../db/tracking-revision";

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
  return db.$transaction(async (tx) => {
    const read = (id: number) =>
      tx.initiative.findUnique({ where: { id }, include: { aliases: true, milestones: { include: { observations: { select: { key: true } } } } } });
    const source = await read(input.sourceId);
    const target = await read(input.targetId);
    if (!source || !target) throw new TrackingError("not_found", `没有编号为 ${source ? input.targetId : input.sourceId} 的项目`);
    const targetMilestones = target.milestones.map((m) => ({ id: m.id, keys: [...new Set([m.key, ...m.observations.map((o) => o.key)])] }));
    const touched: number[] = [];
    for (const m of source.milestones) {
      const same = findMilestoneByKey(targetMilestones, m.key);
      if (same) {
        await tx.milestoneObservation.updateMany({ where: { milestoneId: m.id }, data: { milestoneId: same.id } });
        await tx.milestone.delete({ where: { id: m.id } });
        touched.push(same.id);
      } else {
        await tx.milestone.update({ where: { id: m.id }, data: { initiativeId: target.id } });
      }
    }
    await tx.initiativeObservation.updateMany({ where: { initiativeId: source.id }, data: { initiativeId: target.id } });
    await tx.initiativeAlias.updateMany({ where: { initiativeId: source.id }, data: { initiativeId: target.id, department: target.department } });
    await ensureAliases(tx, target.department, target.id, [source.name]);
    await tx.initiative.delete({ where: { id: source.id } });
    await tx.editLog.create({
      data: { entity: "initiative", entityId: target.id, field: "merge", oldValue: source.name, newValue: target.name, reason: input.reason ?? null, actor: input.actor },
    });
    await tx.initiative.update({ where: { id: target.id }, data: { version: { increment: 1 } } });
    await recompute(tx, touched, [target.id]);
    await bumpRevision(tx);
    return readTimelineInitiative(tx, target.id, input.today);
  });
}
