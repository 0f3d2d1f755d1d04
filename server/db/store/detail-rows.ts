// What the detail panel of one initiative shows beyond the timeline: every
// observation with the report week it came from, and the edit log.
import { type MilestoneState, parseMilestoneState } from "../../../lib/domain/milestone-state";
import type { SourceLine } from "../../extract/types";
import type { DbOrTx } from "../create-client";
import { type EditLogInput } from "./edit-log";
import { progressHistoryColumn, sourceLinesColumn } from "./json-columns";

export interface ObservationWithWeek {
  id: number;
  basisDate: string;
  reportId: number | null;
  /** the week of the report it came from; null for a manual edit */
  week: string | null;
  createdAt: Date;
}

export interface MilestoneHistoryRow extends ObservationWithWeek {
  milestoneId: number;
  actor: string;
  date: string;
  state: MilestoneState;
  reason: string | null;
  source: SourceLine | null;
}

export interface InitiativeSourcesRow extends ObservationWithWeek {
  lines: SourceLine[];
}

export interface EditLogRow extends EditLogInput {
  createdAt: Date;
}

export interface InitiativeDetailRows {
  progressHistory: { week: string; progress: number }[];
  milestoneObservations: MilestoneHistoryRow[];
  initiativeObservations: InitiativeSourcesRow[];
  edits: EditLogRow[];
}

export async function readInitiativeDetailRows(db: DbOrTx, id: number): Promise<InitiativeDetailRows | null> {
  const initiative = await db.initiative.findUnique({
    where: { id },
    select: {
      progressHistory: true,
      milestones: { select: { id: true, observations: { include: { report: { select: { week: true } } } } } },
      observations: {
        select: { id: true, basisDate: true, reportId: true, createdAt: true, lines: true, report: { select: { week: true } } },
      },
    },
  });
  if (!initiative) return null;
  const edits = await db.editLog.findMany({
    where: {
      OR: [
        { entity: "initiative", entityId: id },
        { entity: "milestone", entityId: { in: initiative.milestones.map((m) => m.id) } },
      ],
    },
    orderBy: { id: "asc" },
  });
  return {
    progressHistory: progressHistoryColumn.parse(initiative.progressHistory),
    milestoneObservations: initiative.milestones.flatMap((m) =>
      m.observations.map((o) => ({
        id: o.id,
        milestoneId: m.id,
        basisDate: o.basisDate,
        reportId: o.reportId,
        week: o.report?.week ?? null,
        createdAt: o.createdAt,
        actor: o.actor,
        date: o.date,
        state: parseMilestoneState(o.state),
        reason: o.reason,
        source: o.line !== null ? { line: o.line, text: o.text ?? "" } : null,
      })),
    ),
    initiativeObservations: initiative.observations.map((o) => ({
      id: o.id,
      basisDate: o.basisDate,
      reportId: o.reportId,
      week: o.report?.week ?? null,
      createdAt: o.createdAt,
      lines: sourceLinesColumn.parse(o.lines),
    })),
    edits: edits.map((e) => ({
      entity: e.entity === "milestone" ? "milestone" : "initiative",
      entityId: e.entityId,
      field: e.field,
      oldValue: e.oldValue,
      newValue: e.newValue,
      reason: e.reason,
      actor: e.actor,
      createdAt: e.createdAt,
    })),
  };
}

/** Every initiative's progress history (the timeline dump prints it). */
export async function readProgressHistories(db: DbOrTx): Promise<Map<number, { week: string; progress: number }[]>> {
  const rows = await db.initiative.findMany({ select: { id: true, progressHistory: true } });
  return new Map(rows.map((r) => [r.id, progressHistoryColumn.parse(r.progressHistory)]));
}
