import { isValid, parseISO } from "date-fns";
import type { Db } from "../../db";
import type { MilestoneState } from "../../extract/types";
import { latestBasisDate } from "./latest-basis";
import { latestWeeks } from "../read/latest-weeks";
import { recompute } from "../derive/recompute";
import { MILESTONE_COLUMNS } from "../read/timeline-rows";
import { toTimelineMilestone } from "../derive/to-timeline";
import { TrackingError } from "../tracking-error";
import type { TimelineMilestone } from "../types";
import { bumpRevision } from "../../db/tracking-revision";

export interface MilestoneEdit {
  id: number;
  /** the version the user saw; a different current version is a conflict */
  expectedVersion: number;
  date?: string;
  rangeStart?: string;
  state?: MilestoneState;
  title?: string;
  /** move it to another initiative */
  initiativeId?: number;
  reason?: string | null;
  actor: string;
  today: string;
}

/** A PM's change to a milestone, recorded like a report's (who, when, old → new, why). */
export async function editMilestone(db: Db, edit: MilestoneEdit): Promise<TimelineMilestone> {
  for (const d of [edit.date, edit.rangeStart]) if (d !== undefined && !isValid(parseISO(d))) throw new TrackingError("invalid", `日期无效: ${d}`);
  return db.$transaction(async (tx) => {
    const m = await tx.milestone.findUnique({ where: { id: edit.id }, include: { initiative: { select: { department: true, name: true } } } });
    if (!m) throw new TrackingError("not_found", `没有编号为 ${edit.id} 的里程碑`);
    // Claim the version first, so two concurrent edits of the same version cannot both pass.
    const claimed = await tx.milestone.updateMany({ where: { id: m.id, version: edit.expectedVersion }, data: { version: { increment: 1 } } });
    if (claimed.count === 0) throw new TrackingError("conflict", `里程碑「${m.title}」已被他人修改，请刷新后重试`);

    const date = edit.date ?? m.date;
    let rangeStart = edit.rangeStart ?? (edit.date !== undefined ? edit.date : m.rangeStart);
    if (rangeStart > date) rangeStart = date;
    const precision = edit.date !== undefined && edit.rangeStart === undefined ? "day" : m.precision;
    const state = edit.state ?? m.state;
    const log: [string, string, string][] = [];
    if (date !== m.date) log.push(["date", m.date, date]);
    if (state !== m.state) log.push(["state", m.state, state]);
    if (edit.title !== undefined && edit.title !== m.title) log.push(["title", m.title, edit.title]);
    const moving = edit.initiativeId !== undefined && edit.initiativeId !== m.initiativeId;
    const target = moving ? await tx.initiative.findUnique({ where: { id: edit.initiativeId }, select: { id: true, name: true } }) : null;
    if (moving && !target) throw new TrackingError("not_found", `没有编号为 ${edit.initiativeId} 的项目`);
    // names, not ids: the log is read by people
    if (target) log.push(["initiative", m.initiative.name, target.name]);
    if (log.length === 0) throw new TrackingError("invalid", "没有需要保存的修改");

    if (date !== m.date || state !== m.state || rangeStart !== m.rangeStart || edit.title !== undefined) {
      await tx.milestoneObservation.create({
        data: {
          milestoneId: m.id, reportId: null, actor: edit.actor, basisDate: await latestBasisDate(tx, { milestoneId: m.id }, edit.today),
          title: edit.title ?? m.title, key: m.key, date, rangeStart, precision, state, reason: edit.reason ?? null,
        },
      });
    }
    if (target) await tx.milestone.update({ where: { id: m.id }, data: { initiativeId: target.id } });
    await tx.editLog.createMany({
      data: log.map(([field, oldValue, newValue]) => ({ entity: "milestone", entityId: m.id, field, oldValue, newValue, reason: edit.reason ?? null, actor: edit.actor })),
    });
    await recompute(tx, [m.id], [m.initiativeId, edit.initiativeId ?? m.initiativeId]);
    await bumpRevision(tx);
    const saved = await tx.milestone.findUniqueOrThrow({ where: { id: m.id }, select: MILESTONE_COLUMNS });
    return toTimelineMilestone(saved, edit.today, (await latestWeeks(tx)).get(m.initiative.department) ?? null);
  });
}
