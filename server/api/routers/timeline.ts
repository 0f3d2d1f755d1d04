import { getTimeline } from "../../tracking";
import { timelineFilter } from "../schemas";
import { createTRPCRouter, publicProcedure, today } from "../trpc";

export const timelineRouter = createTRPCRouter({
  get: publicProcedure.input(timelineFilter).query(({ ctx, input }) => getTimeline(ctx.db, { today: today(), filter: input })),
});
