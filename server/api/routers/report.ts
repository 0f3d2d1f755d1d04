import { z } from "zod";
import { departmentIdOf } from "../../db/store/departments";
import { getReport, listReports } from "../../tracking";
import { departmentIds, id } from "../schemas";
import { createTRPCRouter, departmentProcedure, departmentsProcedure } from "../trpc";

export const reportRouter = createTRPCRouter({
  list: departmentsProcedure(z.object({ departmentIds }).default({})).query(({ ctx }) => listReports(ctx.db, ctx.departmentIds)),
  get: departmentProcedure("viewer", z.object({ id }), (db, input) => departmentIdOf(db, { reportId: input.id })).query(({ ctx, input }) =>
    getReport(ctx.db, input.id),
  ),
});
