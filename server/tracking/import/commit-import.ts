import type { Db } from "../../db";
import { lockImports } from "../../db/import-lock";
import { extractReport } from "../../extract";
import { applyPlan } from "./apply-plan";
import { contentHash } from "./content-hash";
import { loadKnownState } from "./known-state";
import { planImport } from "./plan-import";
import type { ChangeKind, ImportResult, ReviewDecisions } from "../types";
import { bumpRevision } from "../../db/tracking-revision";

export interface CommitOptions {
  actor: string;
  referenceDate?: string;
  /** the uploaded file's name, which may date the report (ExtractOptions.fileName) */
  fileName?: string;
  decisions?: ReviewDecisions;
}

/**
 * Imports a report in one transaction: all of it or nothing. The same text
 * again changes nothing; another version of an imported week replaces what
 * that week had contributed.
 */
export async function commitImport(db: Db, text: string, options: CommitOptions): Promise<ImportResult> {
  const extraction = extractReport(text, { referenceDate: options.referenceDate, fileName: options.fileName });
  const hash = contentHash(text);
  const { department, week } = extraction;
  return db.$transaction(
    async (tx) => {
      await lockImports(tx);
      const existing = await tx.report.findUnique({ where: { department_week: { department, week } } });
      if (existing?.contentHash === hash) return { reportId: existing.id, week, mode: "same" as const, counts: {} };
      const plan = planImport(await loadKnownState(tx, department), extraction, options.decisions);
      const affected = { milestones: [] as number[], initiatives: [] as number[] };
      const reportData = { reportDate: extraction.reportDate, title: extraction.title, rawText: text, contentHash: hash, importedAt: new Date(), importedBy: options.actor };
      let reportId: number;
      if (existing) {
        const ms = await tx.milestoneObservation.findMany({ where: { reportId: existing.id }, select: { milestoneId: true } });
        const is = await tx.initiativeObservation.findMany({ where: { reportId: existing.id }, select: { initiativeId: true } });
        affected.milestones = ms.map((o) => o.milestoneId);
        affected.initiatives = is.map((o) => o.initiativeId);
        await tx.milestoneObservation.deleteMany({ where: { reportId: existing.id } });
        await tx.initiativeObservation.deleteMany({ where: { reportId: existing.id } });
        reportId = (await tx.report.update({ where: { id: existing.id }, data: reportData })).id;
      } else {
        reportId = (await tx.report.create({ data: { department, week, ...reportData } })).id;
      }
      await applyPlan(tx, plan, extraction, reportId, affected);
      await bumpRevision(tx);
      const counts: Partial<Record<ChangeKind, number>> = {};
      for (const c of plan.changes) counts[c.kind] = (counts[c.kind] ?? 0) + 1;
      return { reportId, week, mode: existing ? ("replace" as const) : ("new" as const), counts };
    },
    { maxWait: 10_000, timeout: 120_000 },
  );
}
