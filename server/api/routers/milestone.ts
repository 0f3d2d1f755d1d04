import { editMilestone } from "../../tracking";
import { milestoneEdit } from "../schemas";
import { createTRPCRouter, protectedProcedure, today } from "../trpc";

export const milestoneRouter = createTRPCRouter({
  edit: protectedProcedure
    .input(milestoneEdit)
    .mutation(({ ctx, input }) => editMilestone(ctx.db, { ...input, actor: ctx.actor, today: today() })),
});
