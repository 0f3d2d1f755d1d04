import { z } from "zod";
import { editChangesSince, lastEditLogId } from "../../db/store/audit-log";
import { departmentIdOf } from "../../db/store/departments";
import { editInitiative, getInitiativeDetail, mergeInitiatives } from "../../tracking";
import { audited } from "../audited";
import { id, initiativeEdit, mergeInput } from "../schemas";
import { createTRPCRouter, departmentProcedure, today } from "../trpc";

export const initiativeRouter = createTRPCRouter({
  detail: departmentProcedure("viewer", z.object({ id }), (db, input) => departmentIdOf(db, { initiativeId: input.id })).query(
    ({ ctx, input }) => getInitiativeDetail(ctx.db, input.id, { today: today() }),
  ),
  edit: departmentProcedure("editor", initiativeEdit, (db, input) => departmentIdOf(db, { initiativeId: input.id })).mutation(
    async ({ ctx, input }) => {
      const since = await lastEditLogId(ctx.db);
      return audited(
        ctx,
        "initiative.edit",
        () => editInitiative(ctx.db, { ...input, actor: ctx.actor, today: today() }),
        async (initiative) => ({
          changes: { initiativeId: initiative.id, ...(await editChangesSince(ctx.db, "initiative", initiative.id, since, ctx.actor)) },
          reason: input.reason ?? null,
        }),
      );
    },
  ),
  /** Both initiatives must be of one department (the tracker refuses otherwise): the user edits the target's. */
  merge: departmentProcedure("editor", mergeInput, (db, input) => departmentIdOf(db, { initiativeId: input.targetId })).mutation(
    ({ ctx, input }) =>
      audited(
        ctx,
        "initiative.merge",
        () => mergeInitiatives(ctx.db, { ...input, actor: ctx.actor, today: today() }),
        (target) => ({
          changes: { sourceId: { old: input.sourceId, new: null }, targetId: target.id, targetName: target.name },
          reason: input.reason ?? null,
        }),
      ),
  ),
});
