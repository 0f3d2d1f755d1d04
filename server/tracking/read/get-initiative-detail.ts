import type { DbOrTx } from "../../db";
import type { MilestoneState } from "../../extract/types";
import { sortObservations } from "../derive/observation-order";
import { readTimelineInitiative } from "./read-timeline-initiative";
import type { EditLogEntry, InitiativeDetail, ProgressPoint, SourceRef } from "../types";

/** An initiative with every date it was given, by whom, and every report line it came from. */
export async function getInitiativeDetail(db: DbOrTx, id: number, options: { today: string }): Promise<InitiativeDetail> {
  const base = await readTimelineInitiative(db, id, options.today);
  const initiative = await db.initiative.findUniqueOrThrow({
    where: { id },
    select: {
      progressHistory: true,
      milestones: { select: { id: true, observations: { include: { report: { select: { week: true } } } } } },
      observations: { include: { report: { select: { week: true } } } },
    },
  });
  const edits = await db.editLog.findMany({
    where: { OR: [{ entity: "initiative", entityId: id }, { entity: "milestone", entityId: { in: initiative.milestones.map((m) => m.id) } }] },
    orderBy: { id: "asc" },
  });
  const milestoneById = new Map(initiative.milestones.map((m) => [m.id, m]));
  const sources: SourceRef[] = [];
  for (const o of sortObservations(initiative.observations)) {
    if (o.reportId === null || !o.report) continue;
    for (const l of JSON.parse(o.lines) as { line: number; text: string }[]) sources.push({ ...l, reportId: o.reportId, week: o.report.week });
  }
  return {
    ...base,
    progressHistory: JSON.parse(initiative.progressHistory) as ProgressPoint[],
    milestones: base.milestones.map((m) => ({
      ...m,
      history: sortObservations(milestoneById.get(m.id)?.observations ?? []).map((o) => ({
        week: o.report?.week ?? null,
        actor: o.actor,
        date: o.date,
        state: o.state as MilestoneState,
        reason: o.reason,
        source: o.reportId !== null && o.line !== null && o.report ? { reportId: o.reportId, week: o.report.week, line: o.line, text: o.text ?? "" } : null,
        at: o.reportId === null ? o.createdAt.toISOString() : o.basisDate,
      })),
    })),
    sources,
    edits: edits.map(
      (e): EditLogEntry => ({
        entity: e.entity as EditLogEntry["entity"], entityId: e.entityId, field: e.field, oldValue: e.oldValue, newValue: e.newValue,
        reason: e.reason, actor: e.actor, at: e.createdAt.toISOString(),
      }),
    ),
  };
}

