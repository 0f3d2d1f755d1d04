import { editChangesSince, lastEditLogId } from "../../db/store/audit-log";
import { departmentIdOf } from "../../db/store/departments";
import { editMilestone } from "../../tracking";
import { audited } from "../audited";
import { milestoneEdit } from "../schemas";
import { createTRPCRouter, departmentProcedure, today } from "../trpc";

export const milestoneRouter = createTRPCRouter({
  edit: departmentProcedure("editor", milestoneEdit, (db, input) => departmentIdOf(db, { milestoneId: input.id })).mutation(
    async ({ ctx, input }) => {
      const since = await lastEditLogId(ctx.db);
      return audited(
        ctx,
        "milestone.edit",
        () => editMilestone(ctx.db, { ...input, actor: ctx.actor, today: today() }),
        async (milestone) => ({
          changes: { milestoneId: milestone.id, ...(await editChangesSince(ctx.db, "milestone", milestone.id, since, ctx.actor)) },
          reason: input.reason ?? null,
        }),
      );
    },
  ),
});
