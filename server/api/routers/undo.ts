// 撤销本次导入 and 撤销合并 (tracking/undo): only the newest writes of a
// department, the tracker refuses an undo a later write may depend on.
import { z } from "zod";
import { departmentIdOf } from "../../db/store/departments";
import { undoAvailability, undoImport, undoMerge } from "../../tracking";
import { audited } from "../audited";
import { id } from "../schemas";
import { createTRPCRouter, departmentProcedure } from "../trpc";

const ofReport = z.object({ reportId: id });
const ofInitiative = z.object({ initiativeId: id });

export const undoRouter = createTRPCRouter({
  /** Whether 撤销本次导入 is offered for the report, and would go through. */
  importState: departmentProcedure("editor", ofReport, (db, input) => departmentIdOf(db, { reportId: input.reportId })).query(
    ({ ctx, input }) => undoAvailability(ctx.db, ctx.department.id, { kind: "import", reportId: input.reportId }),
  ),
  /** The department is named (the report may be gone after the undo): the tracker checks the report's import was into it. */
  import: departmentProcedure("editor", ofReport.extend({ departmentId: id }), (_db, input) => input.departmentId).mutation(
    ({ ctx, input }) =>
      audited(
        ctx,
        "import.undo",
        () => undoImport(ctx.db, ctx.department.id, input.reportId),
        (done) => ({ changes: { reportId: input.reportId, week: done.label } }),
      ),
  ),
  /** Whether 撤销合并 is offered for the initiative (the target of a merge). */
  mergeState: departmentProcedure("editor", ofInitiative, (db, input) => departmentIdOf(db, { initiativeId: input.initiativeId })).query(
    ({ ctx, input }) => undoAvailability(ctx.db, ctx.department.id, { kind: "merge", initiativeId: input.initiativeId }),
  ),
  merge: departmentProcedure("editor", ofInitiative, (db, input) => departmentIdOf(db, { initiativeId: input.initiativeId })).mutation(
    ({ ctx, input }) =>
      audited(
        ctx,
        "initiative.unmerge",
        () => undoMerge(ctx.db, ctx.department.id, input.initiativeId),
        (done) => ({ changes: { initiativeId: input.initiativeId, merge: done.label } }),
      ),
  ),
});
