import { dateWindow } from "../../env";
import { commitImport, previewImport } from "../../tracking";
import { audited } from "../audited";
import { id, importInput } from "../schemas";
import { commitBatch, previewBatch } from "./importer-batch";
import { createTRPCRouter, departmentProcedure, departmentsWhere, importingProcedure, reportExtractor, requireRole } from "../trpc";

export const importerRouter = createTRPCRouter({
  /**
   * The change set the text would make in the department asked for, or, when none
   * is, in the one its header names among those the user edits; writes nothing.
   */
  preview: importingProcedure.input(importInput).mutation(({ ctx, input }) =>
    previewImport(ctx.db, input.text, {
      departments:
        input.departmentId === undefined
          ? departmentsWhere(ctx.access, "editor")
          : requireRole(ctx.access, input.departmentId, "editor").id,
      referenceDate: input.referenceDate,
      fileName: input.fileName,
      dateWindow,
      decisions: input.decisions,
      corrections: input.corrections,
      extract: reportExtractor(ctx),
    }),
  ),
  /** Writes the report into the department with the review decisions, in one transaction. */
  commit: departmentProcedure(
    "editor",
    importInput.extend({ departmentId: id }),
    (_db, input) => input.departmentId,
    importingProcedure,
  ).mutation(({ ctx, input }) =>
    audited(
      ctx,
      "import.commit",
      () =>
        commitImport(ctx.db, input.text, {
          departmentId: ctx.department.id,
          actor: ctx.actor,
          referenceDate: input.referenceDate,
          fileName: input.fileName,
          dateWindow,
          decisions: input.decisions,
          corrections: input.corrections,
          rememberForDepartment: input.rememberForDepartment,
          extract: reportExtractor(ctx),
        }),
      (result) => ({
        changes: {
          reportId: result.reportId,
          week: result.week,
          mode: result.mode,
          fileName: input.fileName ?? null,
          counts: result.counts,
          rememberedRules: result.rememberedRules ?? 0,
        },
      }),
    ),
  ),
  /** Several reports (the page's batch: many files or a .zip), a few per call: importer-batch.ts. */
  previewBatch,
  commitBatch,
});
