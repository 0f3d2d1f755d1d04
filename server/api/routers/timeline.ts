import { getTimeline } from "../../tracking";
import { timelineFilter } from "../schemas";
import { createTRPCRouter, protectedProcedure, today } from "../trpc";

export const timelineRouter = createTRPCRouter({
  get: protectedProcedure.input(timelineFilter).query(({ ctx, input }) => getTimeline(ctx.db, { today: today(), filter: input })),
});
