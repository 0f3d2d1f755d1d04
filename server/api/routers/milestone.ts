import { editChangesSince, departmentOf, lastEditLogId } from "../../db/store/audit-log";
import { editMilestone } from "../../tracking";
import { audited } from "../audited";
import { milestoneEdit } from "../schemas";
import { createTRPCRouter, protectedProcedure, today } from "../trpc";

export const milestoneRouter = createTRPCRouter({
  edit: protectedProcedure.input(milestoneEdit).mutation(async ({ ctx, input }) => {
    const since = await lastEditLogId(ctx.db);
    return audited(
      ctx,
      "milestone.edit",
      () => editMilestone(ctx.db, { ...input, actor: ctx.actor, today: today() }),
      async (milestone) => ({
        changes: { milestoneId: milestone.id, ...(await editChangesSince(ctx.db, "milestone", milestone.id, since, ctx.actor)) },
        reason: input.reason ?? null,
        department: await departmentOf(ctx.db, { milestoneId: milestone.id }),
      }),
    );
  }),
});
