import { z } from "zod";
import { editInitiative, getInitiativeDetail, mergeInitiatives } from "../../tracking";
import { id, initiativeEdit, mergeInput } from "../schemas";
import { createTRPCRouter, publicProcedure, today } from "../trpc";

export const initiativeRouter = createTRPCRouter({
  detail: publicProcedure.input(z.object({ id })).query(({ ctx, input }) => getInitiativeDetail(ctx.db, input.id, { today: today() })),
  edit: publicProcedure
    .input(initiativeEdit)
    .mutation(({ ctx, input }) => editInitiative(ctx.db, { ...input, actor: ctx.actor, today: today() })),
  merge: publicProcedure
    .input(mergeInput)
    .mutation(({ ctx, input }) => mergeInitiatives(ctx.db, { ...input, actor: ctx.actor, today: today() })),
});
