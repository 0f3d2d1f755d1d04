import { getTimeline } from "../../tracking";
import { timelineFilter } from "../schemas";
import { createTRPCRouter, departmentsProcedure, today } from "../trpc";

export const timelineRouter = createTRPCRouter({
  /** The timeline of the departments asked for (default: every one the user can read). */
  get: departmentsProcedure(timelineFilter).query(({ ctx, input }) =>
    getTimeline(ctx.db, { today: today(), filter: { ...input, departmentIds: ctx.departmentIds } }),
  ),
});
