import { z } from "zod";
import { departmentOf, editChangesSince, lastEditLogId } from "../../db/store/audit-log";
import { editInitiative, getInitiativeDetail, mergeInitiatives } from "../../tracking";
import { audited } from "../audited";
import { id, initiativeEdit, mergeInput } from "../schemas";
import { createTRPCRouter, protectedProcedure, today } from "../trpc";

export const initiativeRouter = createTRPCRouter({
  detail: protectedProcedure.input(z.object({ id })).query(({ ctx, input }) => getInitiativeDetail(ctx.db, input.id, { today: today() })),
  edit: protectedProcedure.input(initiativeEdit).mutation(async ({ ctx, input }) => {
    const since = await lastEditLogId(ctx.db);
    return audited(
      ctx,
      "initiative.edit",
      () => editInitiative(ctx.db, { ...input, actor: ctx.actor, today: today() }),
      async (initiative) => ({
        changes: { initiativeId: initiative.id, ...(await editChangesSince(ctx.db, "initiative", initiative.id, since, ctx.actor)) },
        reason: input.reason ?? null,
        department: await departmentOf(ctx.db, { initiativeId: initiative.id }),
      }),
    );
  }),
  merge: protectedProcedure.input(mergeInput).mutation(async ({ ctx, input }) => {
    const department = await departmentOf(ctx.db, { initiativeId: input.targetId });
    return audited(
      ctx,
      "initiative.merge",
      () => mergeInitiatives(ctx.db, { ...input, actor: ctx.actor, today: today() }),
      (target) => ({
        changes: { sourceId: { old: input.sourceId, new: null }, targetId: target.id, targetName: target.name },
        reason: input.reason ?? null,
        department,
      }),
    );
  }),
});
