import type { DbOrTx } from "../../db";
import { readInitiativeDetailRows } from "../../db/store/detail-rows";
import { sortObservations } from "../derive/observation-order";
import { TrackingError } from "../tracking-error";
import type { InitiativeDetail, SourceRef } from "../types";
import { readTimelineInitiative } from "./read-timeline-initiative";

/** An initiative with every date it was given, by whom, and every report line it came from. */
export async function getInitiativeDetail(db: DbOrTx, id: number, options: { today: string }): Promise<InitiativeDetail> {
  const base = await readTimelineInitiative(db, id, options.today);
  const rows = await readInitiativeDetailRows(db, id);
  if (!rows) throw new TrackingError("not_found", `没有编号为 ${id} 的项目`);
  const sources: SourceRef[] = [];
  for (const o of sortObservations(rows.initiativeObservations)) {
    if (o.reportId === null || o.week === null) continue;
    for (const l of o.lines) sources.push({ ...l, reportId: o.reportId, week: o.week });
  }
  return {
    ...base,
    progressHistory: rows.progressHistory,
    milestones: base.milestones.map((m) => ({
      ...m,
      history: sortObservations(rows.milestoneObservations.filter((o) => o.milestoneId === m.id)).map((o) => ({
        week: o.week,
        actor: o.actor,
        date: o.date,
        state: o.state,
        reason: o.reason,
        source: o.reportId !== null && o.source && o.week !== null ? { reportId: o.reportId, week: o.week, ...o.source } : null,
        at: o.reportId === null ? o.createdAt.toISOString() : o.basisDate,
      })),
    })),
    sources,
    edits: rows.edits.map(({ createdAt, ...e }) => ({ ...e, at: createdAt.toISOString() })),
  };
}
