import type { Tx } from "../../db";
import type { Prisma } from "../../generated/prisma/client";
import type { ExtractionResult } from "../../extract/types";
import { normalizeName } from "../derive/normalize-name";
import type { ImportPlan, PlannedEntry, PlannedMilestone } from "./plan-import";
import { applyLaterCompletions } from "./apply-later-completions";
import { recompute } from "../derive/recompute";

/** Writes a plan's observations for `reportId` and re-derives what they touch. */
export async function applyPlan(tx: Tx, plan: ImportPlan, extraction: ExtractionResult, reportId: number, alsoAffected: { milestones: number[]; initiatives: number[] }) {
  const { department, reportDate } = extraction;
  const milestones = new Set(alsoAffected.milestones);
  const initiatives = new Set(alsoAffected.initiatives);
  const created = new Map<string, number>();
  const groups = new Map<string, number>();
  const aliases: { initiativeId: number; names: string[] }[] = [];
  const initiativeObservations: Prisma.InitiativeObservationCreateManyInput[] = [];
  const milestoneObservations: Prisma.MilestoneObservationCreateManyInput[] = [];
  const manualMilestones: number[] = [];
  const manualProgress: number[] = [];

  for (const planned of plan.entries) {
    const initiativeId =
      planned.initiativeId ?? created.get(normalizeName(planned.name)) ?? (await createInitiative(tx, department, planned, reportDate, groups));
    created.set(normalizeName(planned.name), initiativeId);
    initiatives.add(initiativeId);
    aliases.push({ initiativeId, names: [planned.name, ...planned.aliasNames] });
    const e = planned.entryData;
    initiativeObservations.push({
      initiativeId, reportId, basisDate: reportDate, name: e.initiative, groupName: e.group, progress: planned.progress, status: planned.status,
      line: e.source.line, text: e.source.text, progressLine: e.progressSource?.line ?? null, progressText: e.progressSource?.text ?? null,
      lines: JSON.stringify(e.lines), completions: JSON.stringify(e.completions ?? []),
    });
    if (planned.keepManualProgress) manualProgress.push(initiativeId);
    const createdMilestones = new Map<string, number>();
    for (const m of planned.milestones) {
      const milestoneId = m.milestoneId ?? createdMilestones.get(m.observation.key) ?? (await createMilestone(tx, initiativeId, m));
      createdMilestones.set(m.observation.key, milestoneId);
      milestones.add(milestoneId);
      const { source, ...o } = m.observation;
      milestoneObservations.push({ milestoneId, reportId, basisDate: reportDate, ...o, line: source.line, text: source.text });
      if (m.keepManual) manualMilestones.push(milestoneId);
    }
  }
  await ensureAliasesOfMany(tx, department, aliases);
  await tx.initiativeObservation.createMany({ data: initiativeObservations });
  await tx.milestoneObservation.createMany({ data: milestoneObservations });
  // Re-asserted manual values sort after the report's at the same date (observation-order.ts).
  for (const id of manualMilestones) await reassertManualMilestone(tx, id, reportDate);
  for (const id of manualProgress) await reassertManualProgress(tx, id, reportDate);
  await recompute(tx, milestones, initiatives);
  const completed = await applyLaterCompletions(tx, [...initiatives], reportDate);
  if (completed.length) await recompute(tx, completed, []);
}

async function createInitiative(tx: Tx, department: string, planned: PlannedEntry, reportDate: string, groups: Map<string, number>): Promise<number> {
  const groupId = groups.get(planned.groupName) ?? (await findOrCreateGroup(tx, planned.groupName));
  groups.set(planned.groupName, groupId);
  const initiative = await tx.initiative.create({ data: { department, name: planned.name, groupId, startDate: reportDate } });
  return initiative.id;
}

export async function findOrCreateGroup(tx: Tx, name: string): Promise<number> {
  const group = (await tx.group.findUnique({ where: { name } })) ?? (await tx.group.create({ data: { name, sortOrder: await tx.group.count() } }));
  return group.id;
}

/** Later reports that use any of these names land on this initiative. */
export async function ensureAliases(tx: Tx, department: string, initiativeId: number, names: string[]) {
  await ensureAliasesOfMany(tx, department, [{ initiativeId, names }]);
}

/** Later reports that use any of these names land on these initiatives (the first to claim a name keeps it). */
async function ensureAliasesOfMany(tx: Tx, department: string, wanted: { initiativeId: number; names: string[] }[]) {
  const byKey = new Map<string, { initiativeId: number; name: string }>();
  for (const { initiativeId, names } of wanted) {
    for (const name of names) {
      const key = normalizeName(name);
      if (key && !byKey.has(key)) byKey.set(key, { initiativeId, name });
    }
  }
  if (byKey.size === 0) return;
  const taken = await tx.initiativeAlias.findMany({ where: { department, key: { in: [...byKey.keys()] } }, select: { key: true } });
  for (const { key } of taken) byKey.delete(key);
  if (byKey.size) await tx.initiativeAlias.createMany({ data: [...byKey].map(([key, a]) => ({ ...a, department, key })) });
}

async function createMilestone(tx: Tx, initiativeId: number, m: PlannedMilestone): Promise<number> {
  const o = m.observation;
  const milestone = await tx.milestone.create({
    data: {
      initiativeId, key: o.key, title: o.title, date: o.date, rangeStart: o.rangeStart, precision: o.precision, state: o.state,
      baselineDate: o.statedBaseline ?? o.date, baselineStart: o.statedBaseline ?? o.rangeStart,
    },
  });
  return milestone.id;
}

/** The PM chose the manual value over this report's: repeat it on top of the report. */
async function reassertManualMilestone(tx: Tx, milestoneId: number, reportDate: string) {
  const manual = await tx.milestoneObservation.findFirst({ where: { milestoneId, reportId: null }, orderBy: [{ basisDate: "desc" }, { id: "desc" }] });
  if (!manual) return;
  const { id: _id, createdAt: _at, ...copy } = manual;
  await tx.milestoneObservation.create({ data: { ...copy, basisDate: reportDate } });
}

async function reassertManualProgress(tx: Tx, initiativeId: number, reportDate: string) {
  const manual = await tx.initiativeObservation.findFirst({
    where: { initiativeId, reportId: null, progress: { not: null } },
    orderBy: [{ basisDate: "desc" }, { id: "desc" }],
  });
  if (!manual) return;
  await tx.initiativeObservation.create({ data: { initiativeId, actor: manual.actor, basisDate: reportDate, progress: manual.progress, reason: manual.reason } });
}
