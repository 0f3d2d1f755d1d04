import { editMilestone } from "../../tracking";
import { milestoneEdit } from "../schemas";
import { createTRPCRouter, publicProcedure, today } from "../trpc";

export const milestoneRouter = createTRPCRouter({
  edit: publicProcedure
    .input(milestoneEdit)
    .mutation(({ ctx, input }) => editMilestone(ctx.db, { ...input, actor: ctx.actor, today: today() })),
});
