import { isValid, parseISO } from "date-fns";
import type { Db } from "../../db";
import { ensureAliases, findOrCreateGroup } from "../import/apply-plan";
import { latestBasisDate } from "./latest-basis";
import { recompute } from "../derive/recompute";
import { readTimelineInitiative } from "../read/read-timeline-initiative";
import { TrackingError } from "../tracking-error";
import type { InitiativeStatus, TimelineInitiative } from "../types";
import { bumpRevision } from "../../db/tracking-revision";

export interface InitiativeEdit {
  id: number;
  expectedVersion: number;
  name?: string;
  groupName?: string;
  status?: InitiativeStatus;
  progress?: number | null;
  startDate?: string;
  reason?: string | null;
  actor: string;
  today: string;
}

/** A PM's change to an initiative. A rename keeps the old name as an alias, so later reports still find it. */
export async function editInitiative(db: Db, edit: InitiativeEdit): Promise<TimelineInitiative> {
  if (edit.progress != null && !(edit.progress >= 0 && edit.progress <= 100)) throw new TrackingError("invalid", "进度必须在 0 到 100 之间");
  if (edit.startDate !== undefined && !isValid(parseISO(edit.startDate))) throw new TrackingError("invalid", `日期无效: ${edit.startDate}`);
  if (edit.name !== undefined && !edit.name.trim()) throw new TrackingError("invalid", "名称不能为空");
  return db.$transaction(async (tx) => {
    const i = await tx.initiative.findUnique({ where: { id: edit.id }, include: { group: true } });
    if (!i) throw new TrackingError("not_found", `没有编号为 ${edit.id} 的项目`);
    const claimed = await tx.initiative.updateMany({ where: { id: i.id, version: edit.expectedVersion }, data: { version: { increment: 1 } } });
    if (claimed.count === 0) throw new TrackingError("conflict", `项目「${i.name}」已被他人修改，请刷新后重试`);

    const log: [string, string | null, string | null][] = [];
    const name = edit.name?.trim();
    if (name && name !== i.name) {
      await ensureAliases(tx, i.department, i.id, [i.name, name]);
      await tx.initiative.update({ where: { id: i.id }, data: { name } });
      log.push(["name", i.name, name]);
    }
    const groupName = edit.groupName?.trim();
    if (groupName && groupName !== i.group.name) {
      await tx.initiative.update({ where: { id: i.id }, data: { groupId: await findOrCreateGroup(tx, groupName) } });
      log.push(["group", i.group.name, groupName]);
    }
    const observed = {
      progress: edit.progress !== undefined && edit.progress !== i.progress ? edit.progress : undefined,
      status: edit.status !== undefined && edit.status !== i.status ? edit.status : undefined,
      startDate: edit.startDate !== undefined && edit.startDate !== i.startDate ? edit.startDate : undefined,
    };
    if (observed.progress !== undefined) log.push(["progress", fmt(i.progress), fmt(observed.progress)]);
    if (observed.status !== undefined) log.push(["status", i.status, observed.status]);
    if (observed.startDate !== undefined) log.push(["startDate", i.startDate, observed.startDate]);
    if (log.length === 0) throw new TrackingError("invalid", "没有需要保存的修改");
    if (Object.values(observed).some((v) => v !== undefined)) {
      await tx.initiativeObservation.create({
        data: {
          initiativeId: i.id, reportId: null, actor: edit.actor, basisDate: await latestBasisDate(tx, { initiativeId: i.id }, edit.today),
          progress: observed.progress ?? null, status: observed.status ?? null, startDate: observed.startDate ?? null, reason: edit.reason ?? null,
        },
      });
    }
    await tx.editLog.createMany({
      data: log.map(([field, oldValue, newValue]) => ({ entity: "initiative", entityId: i.id, field, oldValue, newValue, reason: edit.reason ?? null, actor: edit.actor })),
    });
    await recompute(tx, [], [i.id]);
    await bumpRevision(tx);
    return readTimelineInitiative(tx, i.id, edit.today);
  });
}

function fmt(n: number | null | undefined): string | null {
  return n == null ? null : String(n);
}
