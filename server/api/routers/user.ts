import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { messages } from "../../../lib/messages";
import { getAuth } from "../../auth/auth";
import { AccountError, createPasswordUser } from "../../auth/create-user";
import { listUsers, setSiteAdmin } from "../../db/store/users";
import { forgetSessions } from "../../auth/session-user";
import { audited } from "../audited";
import { createTRPCRouter, siteAdminProcedure } from "../trpc";

export const userRouter = createTRPCRouter({
  /** Every user with their departments and roles (site admins). */
  list: siteAdminProcedure.query(({ ctx }) => listUsers(ctx.db)),

  /** A local account (site admins); SSO users are made when they first sign in. */
  create: siteAdminProcedure
    .input(
      z.object({
        username: z.string().trim().max(100),
        name: z.string().trim().max(64).optional(),
        password: z.string().max(200),
        siteAdmin: z.boolean().default(false),
      }),
    )
    .mutation(({ ctx, input }) =>
      audited(
        ctx,
        "user.create",
        async () => {
          try {
            return await createPasswordUser(ctx.auth ?? getAuth(), input);
          } catch (error) {
            if (error instanceof AccountError) throw new TRPCError({ code: "BAD_REQUEST", message: error.message, cause: error });
            throw error;
          }
        },
        (user) => ({ changes: { userId: user.id, username: input.username, name: user.name, siteAdmin: input.siteAdmin } }),
      ),
    ),

  /** Makes a user a site admin or not; nobody takes it from themselves (the last admin would lock everyone out). */
  setSiteAdmin: siteAdminProcedure
    .input(z.object({ userId: z.string().min(1).max(100), siteAdmin: z.boolean() }))
    .mutation(({ ctx, input }) => {
      if (input.userId === ctx.user.id && !input.siteAdmin)
        throw new TRPCError({ code: "BAD_REQUEST", message: messages.admin.cannotDemoteSelf });
      return audited(
        ctx,
        "role.change",
        async () => {
          await setSiteAdmin(ctx.db, input.userId, input.siteAdmin);
          forgetSessions(); // the user's pages and requests see the change at once
          return input;
        },
        () => ({ changes: { userId: input.userId, siteAdmin: { old: !input.siteAdmin, new: input.siteAdmin } } }),
      );
    }),
});
