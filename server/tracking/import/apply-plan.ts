import type { Tx } from "../../db";
import { appendEditLog } from "../../db/store/edit-log";
import {
  createInitiative,
  findOrCreateGroup,
  readInitiativeForEdit,
  setInitiativeGroup,
  setInitiativeName,
} from "../../db/store/initiatives";
import { createMilestone } from "../../db/store/milestones";
import {
  type InitiativeObservationInput,
  insertInitiativeObservations,
  insertMilestoneObservations,
  type MilestoneObservationInput,
  repeatManualMilestoneObservation,
  repeatManualProgress,
} from "../../db/store/observations";
import type { ExtractionResult } from "../../extract/types";
import { normalizeName } from "../derive/normalize-name";
import { ensureAliasesOfMany } from "../initiative-aliases";
import { recompute } from "../derive/recompute";
import type { TrackedWrite } from "../tracked-transaction";
import { applyLaterCompletions } from "./apply-later-completions";
import type { ImportPlan, PlannedEntry, PlannedMilestone } from "./plan-import";

/** Writes a plan's observations for `reportId` of the department and re-derives what they touch. */
export async function applyPlan(
  write: TrackedWrite,
  plan: ImportPlan,
  extraction: ExtractionResult,
  report: { id: number; departmentId: number; actor: string },
  alsoAffected: { milestones: number[]; initiatives: number[] },
) {
  const { tx } = write;
  const { reportDate } = extraction;
  const { id: reportId, departmentId, actor } = report;
  const milestones = new Set(alsoAffected.milestones);
  const initiatives = new Set(alsoAffected.initiatives);
  const created = new Map<string, number>();
  const groups = new Map<string, number>();
  const aliases: { initiativeId: number; names: string[] }[] = [];
  const initiativeObservations: InitiativeObservationInput[] = [];
  const milestoneObservations: MilestoneObservationInput[] = [];
  const manualMilestones: number[] = [];
  const manualProgress: number[] = [];

  for (const planned of plan.entries) {
    const initiativeId =
      planned.initiativeId ??
      created.get(normalizeName(planned.name)) ??
      (await newInitiative(tx, departmentId, planned, reportDate, groups));
    const isNew = planned.initiativeId === null && !created.has(normalizeName(planned.name));
    created.set(normalizeName(planned.name), initiativeId);
    if (planned.rename && planned.initiativeId !== null) await renameInReview(tx, initiativeId, planned.name, actor);
    if (planned.groupMovedFrom !== null && (planned.initiativeId !== null || isNew))
      await regroupInReview(tx, { departmentId, initiativeId, known: planned.initiativeId !== null }, planned, groups, actor);
    initiatives.add(initiativeId);
    aliases.push({ initiativeId, names: [planned.name, ...planned.aliasNames] });
    const e = planned.entryData;
    initiativeObservations.push({
      initiativeId,
      reportId,
      basisDate: reportDate,
      name: e.initiative,
      groupName: e.group,
      progress: planned.progress,
      status: planned.status,
      owner: e.owner?.trim() || null,
      source: e.source,
      progressSource: e.progressSource ?? null,
      lines: e.lines,
      completions: e.completions ?? [],
    });
    if (planned.keepManualProgress) manualProgress.push(initiativeId);
    // one new milestone per reported one: a key names a title, and a table may give several rows one title (完成);
    // only the same key on the same date is one milestone said twice
    const createdMilestones = new Map<string, number>();
    for (const m of planned.milestones) {
      const said = `${m.observation.key}@${m.observation.date}`;
      const milestoneId = m.milestoneId ?? createdMilestones.get(said) ?? (await newMilestone(tx, initiativeId, m));
      createdMilestones.set(said, milestoneId);
      milestones.add(milestoneId);
      milestoneObservations.push({ milestoneId, reportId, basisDate: reportDate, ...m.observation });
      if (m.keepManual) manualMilestones.push(milestoneId);
    }
  }
  await ensureAliasesOfMany(tx, departmentId, aliases);
  await insertInitiativeObservations(tx, initiativeObservations);
  await insertMilestoneObservations(tx, milestoneObservations);
  // Re-asserted manual values sort after the report's at the same date (observation-order.ts).
  for (const id of manualMilestones) await repeatManualMilestoneObservation(tx, id, reportDate);
  for (const id of manualProgress) await repeatManualProgress(tx, id, reportDate);
  await recompute(write, milestones, initiatives);
  const completed = await applyLaterCompletions(tx, [...initiatives], reportDate);
  if (completed.length) await recompute(write, completed, []);
}

/** A PM's rename in the review, logged like one in the panel: the name stays theirs, whatever later reports call it. */
async function renameInReview(tx: Tx, initiativeId: number, name: string, actor: string) {
  const old = await readInitiativeForEdit(tx, initiativeId);
  await setInitiativeName(tx, initiativeId, name);
  await appendEditLog(tx, [
    { entity: "initiative", entityId: initiativeId, field: "name", oldValue: old?.name ?? null, newValue: name, reason: null, actor },
  ]);
}

/**
 * A PM's 移到分组… in the review, logged like a regroup in the panel: a known
 * initiative moves to the group; a new one was created in it (the log keeps the
 * group the report gave). Undone with the import (undo-rows.ts).
 */
async function regroupInReview(
  tx: Tx,
  target: { departmentId: number; initiativeId: number; known: boolean },
  planned: PlannedEntry,
  groups: Map<string, number>,
  actor: string,
) {
  if (target.known) await setInitiativeGroup(tx, target.initiativeId, await groupOf(tx, target.departmentId, planned.groupName, groups));
  await appendEditLog(tx, [
    {
      entity: "initiative",
      entityId: target.initiativeId,
      field: "group",
      oldValue: planned.groupMovedFrom,
      newValue: planned.groupName,
      reason: null,
      actor,
    },
  ]);
}

async function groupOf(tx: Tx, departmentId: number, name: string, groups: Map<string, number>): Promise<number> {
  const groupId = groups.get(name) ?? (await findOrCreateGroup(tx, departmentId, name));
  groups.set(name, groupId);
  return groupId;
}

async function newInitiative(
  tx: Tx,
  departmentId: number,
  planned: PlannedEntry,
  reportDate: string,
  groups: Map<string, number>,
): Promise<number> {
  const groupId = await groupOf(tx, departmentId, planned.groupName, groups);
  return createInitiative(tx, { departmentId, name: planned.name, groupId, startDate: reportDate });
}

function newMilestone(tx: Tx, initiativeId: number, m: PlannedMilestone): Promise<number> {
  const { key, title, date, rangeStart, precision, state, statedBaseline } = m.observation;
  return createMilestone(tx, {
    initiativeId,
    key,
    title,
    date,
    rangeStart,
    precision,
    state,
    baselineDate: statedBaseline ?? date,
    baselineStart: statedBaseline ?? rangeStart,
  });
}
