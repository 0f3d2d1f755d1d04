// Writes of milestones, and the reads that edits and merges of them need.
import { parseMilestoneState, type MilestoneState } from "../../../lib/domain/milestone-state";
import { parsePrecision, type Precision } from "../../../lib/domain/precision";
import type { MilestoneFacts } from "../../../lib/timeline/types";
import type { Tx } from "../create-client";

export interface NewMilestone extends Pick<
  MilestoneFacts,
  "title" | "date" | "rangeStart" | "precision" | "state" | "baselineDate" | "baselineStart"
> {
  initiativeId: number;
  key: string;
}

export async function createMilestone(tx: Tx, data: NewMilestone): Promise<number> {
  return (await tx.milestone.create({ data, select: { id: true } })).id;
}

export interface MilestoneForEdit {
  id: number;
  initiativeId: number;
  departmentId: number;
  initiativeName: string;
  key: string;
  title: string;
  date: string;
  rangeStart: string;
  precision: Precision;
  state: MilestoneState;
}

export async function readMilestoneForEdit(tx: Tx, id: number): Promise<MilestoneForEdit | null> {
  const m = await tx.milestone.findUnique({
    where: { id },
    select: {
      id: true,
      initiativeId: true,
      key: true,
      title: true,
      date: true,
      rangeStart: true,
      precision: true,
      state: true,
      initiative: { select: { departmentId: true, name: true } },
    },
  });
  if (!m) return null;
  const { initiative, ...rest } = m;
  return {
    ...rest,
    departmentId: initiative.departmentId,
    initiativeName: initiative.name,
    precision: parsePrecision(m.precision),
    state: parseMilestoneState(m.state),
  };
}

/** Takes the next version if the row is still at `expected`; false when someone else changed it first. */
export async function claimMilestoneVersion(tx: Tx, id: number, expected: number): Promise<boolean> {
  return (await tx.milestone.updateMany({ where: { id, version: expected }, data: { version: { increment: 1 } } })).count > 0;
}

export async function setMilestoneInitiative(tx: Tx, id: number, initiativeId: number): Promise<void> {
  await tx.milestone.update({ where: { id }, data: { initiativeId } });
}

/** The milestones of an initiative with every key a report has used for them. */
export async function readMilestoneKeys(tx: Tx, initiativeId: number): Promise<{ id: number; key: string; keys: string[] }[]> {
  const rows = await tx.milestone.findMany({
    where: { initiativeId },
    select: { id: true, key: true, observations: { select: { key: true } } },
  });
  return rows.map((m) => ({ id: m.id, key: m.key, keys: [...new Set([m.key, ...m.observations.map((o) => o.key)])] }));
}

/** `sourceId`'s observations become `targetId`'s, and `sourceId` is deleted: two milestones that are one. */
export async function mergeMilestoneInto(tx: Tx, sourceId: number, targetId: number): Promise<void> {
  await tx.milestoneObservation.updateMany({ where: { milestoneId: sourceId }, data: { milestoneId: targetId } });
  await tx.milestone.delete({ where: { id: sourceId } });
}

export interface OpenMilestone {
  id: number;
  title: string;
  date: string;
  rangeStart: string;
  precision: Precision;
  keys: string[];
  /** the reports that observed it */
  reportIds: (number | null)[];
}

/** An initiative's milestones that are not done yet, with the keys and reports of their observations. */
export async function readOpenMilestones(tx: Tx, initiativeId: number): Promise<OpenMilestone[]> {
  const rows = await tx.milestone.findMany({
    where: { initiativeId, state: { not: "done" } },
    select: {
      id: true,
      key: true,
      title: true,
      date: true,
      rangeStart: true,
      precision: true,
      observations: { select: { key: true, reportId: true } },
    },
  });
  return rows.map((m) => ({
    id: m.id,
    title: m.title,
    date: m.date,
    rangeStart: m.rangeStart,
    precision: parsePrecision(m.precision),
    keys: [...new Set([m.key, ...m.observations.map((o) => o.key)])],
    reportIds: m.observations.map((o) => o.reportId),
  }));
}
