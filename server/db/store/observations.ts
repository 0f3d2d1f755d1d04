// Observations: what one report (or one manual edit) said of a milestone or an
// initiative. Everything the tracker shows is derived from them.
import type { ExtractedCompletion, SourceLine } from "../../extract/types";
import type { InitiativeStatus } from "../../../lib/domain/initiative-status";
import type { MilestoneState } from "../../../lib/domain/milestone-state";
import type { Precision } from "../../../lib/domain/precision";
import type { Tx } from "../create-client";
import { insertRows } from "./insert-rows";
import { completionsColumn, sourceLinesColumn } from "./json-columns";
import { inChunks } from "./raw-rows";

interface Provenance {
  /** null for a manual edit */
  reportId: number | null;
  /** "report", or the user who edited */
  actor?: string;
  /** the report date it speaks for */
  basisDate: string;
  reason?: string | null;
  source?: SourceLine | null;
}

export interface MilestoneObservationInput extends Provenance {
  milestoneId: number;
  title: string;
  key: string;
  date: string;
  rangeStart: string;
  precision: Precision;
  state: MilestoneState;
  statedBaseline?: string | null;
}

export interface InitiativeObservationInput extends Provenance {
  initiativeId: number;
  name?: string | null;
  groupName?: string | null;
  progress?: number | null;
  status?: InitiativeStatus | null;
  startDate?: string | null;
  /** the owner a report named, or a PM set ("" when a PM cleared it) */
  owner?: string | null;
  progressSource?: SourceLine | null;
  lines?: SourceLine[];
  completions?: ExtractedCompletion[];
}

const MILESTONE_OBSERVATION_COLUMNS = [
  "milestoneId",
  "reportId",
  "actor",
  "basisDate",
  "title",
  "key",
  "date",
  "rangeStart",
  "precision",
  "state",
  "statedBaseline",
  "reason",
  "line",
  "text",
  "createdAt",
] as const;
const INITIATIVE_OBSERVATION_COLUMNS = [
  "initiativeId",
  "reportId",
  "actor",
  "basisDate",
  "name",
  "groupName",
  "progress",
  "status",
  "startDate",
  "owner",
  "reason",
  "line",
  "text",
  "progressLine",
  "progressText",
  "lines",
  "completions",
  "createdAt",
] as const;

export async function insertMilestoneObservations(tx: Tx, observations: readonly MilestoneObservationInput[]): Promise<void> {
  const createdAt = new Date();
  await insertRows(
    tx,
    "MilestoneObservation",
    MILESTONE_OBSERVATION_COLUMNS,
    observations.map((o) => ({
      milestoneId: o.milestoneId,
      reportId: o.reportId,
      actor: o.actor ?? "report",
      basisDate: o.basisDate,
      title: o.title,
      key: o.key,
      date: o.date,
      rangeStart: o.rangeStart,
      precision: o.precision,
      state: o.state,
      statedBaseline: o.statedBaseline ?? null,
      reason: o.reason ?? null,
      line: o.source?.line ?? null,
      text: o.source?.text ?? null,
      createdAt,
    })),
  );
}

export async function insertInitiativeObservations(tx: Tx, observations: readonly InitiativeObservationInput[]): Promise<void> {
  const createdAt = new Date();
  await insertRows(
    tx,
    "InitiativeObservation",
    INITIATIVE_OBSERVATION_COLUMNS,
    observations.map((o) => ({
      initiativeId: o.initiativeId,
      reportId: o.reportId,
      actor: o.actor ?? "report",
      basisDate: o.basisDate,
      name: o.name ?? null,
      groupName: o.groupName ?? null,
      progress: o.progress ?? null,
      status: o.status ?? null,
      startDate: o.startDate ?? null,
      owner: o.owner ?? null,
      reason: o.reason ?? null,
      line: o.source?.line ?? null,
      text: o.source?.text ?? null,
      progressLine: o.progressSource?.line ?? null,
      progressText: o.progressSource?.text ?? null,
      lines: sourceLinesColumn.write(o.lines ?? []),
      completions: completionsColumn.write(o.completions ?? []),
      createdAt,
    })),
  );
}

/** The report date of the latest observation of a milestone or an initiative, if any. */
export async function latestBasisDate(tx: Tx, of: { milestoneId: number } | { initiativeId: number }): Promise<string | null> {
  const latest =
    "milestoneId" in of
      ? await tx.milestoneObservation.findFirst({ where: of, orderBy: { basisDate: "desc" }, select: { basisDate: true } })
      : await tx.initiativeObservation.findFirst({ where: of, orderBy: { basisDate: "desc" }, select: { basisDate: true } });
  return latest?.basisDate ?? null;
}

/** Repeats the latest manual observation of a milestone at `basisDate` (the PM keeps it over a report's). */
export async function repeatManualMilestoneObservation(tx: Tx, milestoneId: number, basisDate: string): Promise<void> {
  const manual = await tx.milestoneObservation.findFirst({
    where: { milestoneId, reportId: null },
    orderBy: [{ basisDate: "desc" }, { id: "desc" }],
  });
  if (!manual) return;
  const { id: _id, createdAt: _at, ...copy } = manual;
  await tx.milestoneObservation.create({ data: { ...copy, basisDate } });
}

/** Repeats the latest manual progress of an initiative at `basisDate`. */
export async function repeatManualProgress(tx: Tx, initiativeId: number, basisDate: string): Promise<void> {
  const manual = await tx.initiativeObservation.findFirst({
    where: { initiativeId, reportId: null, progress: { not: null } },
    orderBy: [{ basisDate: "desc" }, { id: "desc" }],
  });
  if (manual)
    await tx.initiativeObservation.create({
      data: { initiativeId, actor: manual.actor, basisDate, progress: manual.progress, reason: manual.reason },
    });
}

/** Deletes what a report said; returns the milestones and initiatives it spoke of. */
export async function deleteObservationsOfReport(tx: Tx, reportId: number): Promise<{ milestones: number[]; initiatives: number[] }> {
  const milestones = (await tx.milestoneObservation.findMany({ where: { reportId }, select: { milestoneId: true } })).map(
    (o) => o.milestoneId,
  );
  const initiatives = (await tx.initiativeObservation.findMany({ where: { reportId }, select: { initiativeId: true } })).map(
    (o) => o.initiativeId,
  );
  await tx.milestoneObservation.deleteMany({ where: { reportId } });
  await tx.initiativeObservation.deleteMany({ where: { reportId } });
  return { milestones, initiatives };
}

export interface ReportedCompletions {
  initiativeId: number;
  reportId: number;
  basisDate: string;
  completions: ExtractedCompletion[];
}

/** Dateless completions that reports dated after `after` stated for these initiatives, oldest first. */
export async function readCompletionsAfter(tx: Tx, initiativeIds: readonly number[], after: string): Promise<ReportedCompletions[]> {
  const rows = await inChunks(initiativeIds, (part) =>
    tx.initiativeObservation.findMany({
      where: { initiativeId: { in: part }, reportId: { not: null }, basisDate: { gt: after }, NOT: { completions: "[]" } },
      select: { id: true, initiativeId: true, reportId: true, basisDate: true, completions: true },
    }),
  );
  // one order across the chunks
  rows.sort((a, b) => (a.basisDate < b.basisDate ? -1 : a.basisDate > b.basisDate ? 1 : a.id - b.id));
  return rows.map((r) => ({
    initiativeId: r.initiativeId,
    reportId: r.reportId!,
    basisDate: r.basisDate,
    completions: completionsColumn.parse(r.completions),
  }));
}
