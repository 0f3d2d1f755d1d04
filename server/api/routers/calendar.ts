// A department's calendar subscriptions: its editors and admins create a
// secret URL (shown once: only its hash is kept), list and revoke them.
import { z } from "zod";
import { appUrl } from "../../auth/app-url";
import { calendarFeedDepartment, insertCalendarFeed, listCalendarFeeds, revokeCalendarFeed } from "../../db/store/calendar-feeds";
import { calendarFeedPath, calendarTokenHash, newCalendarToken } from "../../export/calendar-token";
import { id } from "../schemas";
import { createTRPCRouter, departmentProcedure } from "../trpc";

const ofDepartment = z.object({ departmentId: id });

export const calendarRouter = createTRPCRouter({
  feeds: departmentProcedure("editor", ofDepartment, (_db, input) => input.departmentId).query(({ ctx }) =>
    listCalendarFeeds(ctx.db, ctx.department.id),
  ),

  /** A new subscription URL: the only time its token is shown. */
  create: departmentProcedure("editor", ofDepartment, (_db, input) => input.departmentId).mutation(async ({ ctx }) => {
    const token = newCalendarToken();
    const feed = await insertCalendarFeed(ctx.db, {
      departmentId: ctx.department.id,
      tokenHash: calendarTokenHash(token),
      createdBy: ctx.actor,
    });
    return { ...feed, url: `${appUrl()}${calendarFeedPath(token)}` };
  }),

  /** Calendars subscribed to it get 404 from now on. */
  revoke: departmentProcedure("editor", z.object({ id }), (db, input) => calendarFeedDepartment(db, input.id)).mutation(
    async ({ ctx, input }) => ({
      revoked: await revokeCalendarFeed(ctx.db, input.id, new Date()),
    }),
  ),
});
