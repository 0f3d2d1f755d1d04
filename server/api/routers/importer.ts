import { departmentOf } from "../../db/store/audit-log";
import { commitImport, previewImport } from "../../tracking";
import { audited } from "../audited";
import { importInput } from "../schemas";
import { createTRPCRouter, protectedProcedure } from "../trpc";

export const importerRouter = createTRPCRouter({
  /** The change set the text would make; writes nothing. */
  preview: protectedProcedure
    .input(importInput)
    .mutation(({ ctx, input }) =>
      previewImport(ctx.db, input.text, { referenceDate: input.referenceDate, fileName: input.fileName, decisions: input.decisions }),
    ),
  /** Writes the report with the review decisions, in one transaction. */
  commit: protectedProcedure.input(importInput).mutation(({ ctx, input }) =>
    audited(
      ctx,
      "import.commit",
      () =>
        commitImport(ctx.db, input.text, {
          actor: ctx.actor,
          referenceDate: input.referenceDate,
          fileName: input.fileName,
          decisions: input.decisions,
        }),
      async (result) => ({
        changes: {
          reportId: result.reportId,
          week: result.week,
          mode: result.mode,
          fileName: input.fileName ?? null,
          counts: result.counts,
        },
        department: await departmentOf(ctx.db, { reportId: result.reportId }),
      }),
    ),
  ),
});
