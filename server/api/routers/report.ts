import { z } from "zod";
import { getReport, listReports } from "../../tracking";
import { id } from "../schemas";
import { createTRPCRouter, protectedProcedure } from "../trpc";

export const reportRouter = createTRPCRouter({
  list: protectedProcedure.query(({ ctx }) => listReports(ctx.db)),
  get: protectedProcedure.input(z.object({ id })).query(({ ctx, input }) => getReport(ctx.db, input.id)),
});
