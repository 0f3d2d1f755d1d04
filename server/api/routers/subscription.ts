// A user's own subscriptions: the initiatives they follow and what reaches them by
// e-mail (server/notify/subscribers.ts). Following needs read access to the
// initiative's department; the rest only concerns the caller's own rows.
import { z } from "zod";
import { NotifyPreferences } from "../../../lib/domain/notify-preference";
import { departmentIdOf } from "../../db/store/departments";
import { follow, listFollows, readPreference, savePreference, unfollow } from "../../db/store/subscriptions";
import { id } from "../schemas";
import { createTRPCRouter, departmentProcedure, protectedProcedure } from "../trpc";

const ofInitiative = z.object({ initiativeId: id });

export const subscriptionRouter = createTRPCRouter({
  /** My follows, in departments I can still read. */
  follows: protectedProcedure.query(async ({ ctx }) => {
    const readable = new Set(ctx.access.map((d) => d.id));
    return (await listFollows(ctx.db, ctx.userId)).filter((f) => readable.has(f.departmentId));
  }),

  follow: departmentProcedure("viewer", ofInitiative, (db, input) => departmentIdOf(db, { initiativeId: input.initiativeId })).mutation(
    ({ ctx, input }) => follow(ctx.db, ctx.userId, input.initiativeId),
  ),

  // one's own row only: no department check, so a follow survives losing access and can still be removed
  unfollow: protectedProcedure.input(ofInitiative).mutation(({ ctx, input }) => unfollow(ctx.db, ctx.userId, input.initiativeId)),

  preference: protectedProcedure.query(({ ctx }) => readPreference(ctx.db, ctx.userId)),

  setPreference: protectedProcedure
    .input(z.object({ preference: z.enum(NotifyPreferences.values) }))
    .mutation(({ ctx, input }) => savePreference(ctx.db, ctx.userId, input.preference)),
});
