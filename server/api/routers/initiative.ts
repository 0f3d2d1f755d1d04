import { z } from "zod";
import { editInitiative, getInitiativeDetail, mergeInitiatives } from "../../tracking";
import { id, initiativeEdit, mergeInput } from "../schemas";
import { createTRPCRouter, protectedProcedure, today } from "../trpc";

export const initiativeRouter = createTRPCRouter({
  detail: protectedProcedure.input(z.object({ id })).query(({ ctx, input }) => getInitiativeDetail(ctx.db, input.id, { today: today() })),
  edit: protectedProcedure
    .input(initiativeEdit)
    .mutation(({ ctx, input }) => editInitiative(ctx.db, { ...input, actor: ctx.actor, today: today() })),
  merge: protectedProcedure
    .input(mergeInput)
    .mutation(({ ctx, input }) => mergeInitiatives(ctx.db, { ...input, actor: ctx.actor, today: today() })),
});
