// A department's calendar subscriptions: its editors and admins create a
// secret URL (shown once: only its hash is kept), list and revoke them.
import { z } from "zod";
import { appUrl } from "../../auth/app-url";
import { calendarFeedDepartment, insertCalendarFeed, listCalendarFeeds, revokeCalendarFeed } from "../../db/store/calendar-feeds";
import { calendarFeedPath, calendarTokenHash, newCalendarToken } from "../../export/calendar-token";
import { audited } from "../audited";
import { id } from "../schemas";
import { createTRPCRouter, departmentProcedure } from "../trpc";

const ofDepartment = z.object({ departmentId: id });

export const calendarRouter = createTRPCRouter({
  feeds: departmentProcedure("editor", ofDepartment, (_db, input) => input.departmentId).query(({ ctx }) =>
    listCalendarFeeds(ctx.db, ctx.department.id),
  ),

  /** A new subscription URL: the only time its token is shown. */
  create: departmentProcedure("editor", ofDepartment, (_db, input) => input.departmentId).mutation(({ ctx }) => {
    const token = newCalendarToken();
    return audited(
      ctx,
      "calendar.create",
      async () => ({
        ...(await insertCalendarFeed(ctx.db, {
          departmentId: ctx.department.id,
          tokenHash: calendarTokenHash(token),
          createdBy: ctx.actor,
        })),
        url: `${appUrl()}${calendarFeedPath(token)}`,
      }),
      // the feed's id, never its token
      (feed) => ({ changes: { feed: { old: null, new: feed.id } } }),
    );
  }),

  /** Calendars subscribed to it get 404 from now on. */
  revoke: departmentProcedure("editor", z.object({ id }), (db, input) => calendarFeedDepartment(db, input.id)).mutation(({ ctx, input }) =>
    audited(
      ctx,
      "calendar.revoke",
      async () => ({ revoked: await revokeCalendarFeed(ctx.db, input.id, new Date()) }),
      (result) => ({ changes: { feed: input.id, revoked: result.revoked } }),
    ),
  ),
});
