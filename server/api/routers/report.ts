import { z } from "zod";
import { getReport, listReports } from "../../tracking";
import { id } from "../schemas";
import { createTRPCRouter, publicProcedure } from "../trpc";

export const reportRouter = createTRPCRouter({
  list: publicProcedure.query(({ ctx }) => listReports(ctx.db)),
  get: publicProcedure.input(z.object({ id })).query(({ ctx, input }) => getReport(ctx.db, input.id)),
});
