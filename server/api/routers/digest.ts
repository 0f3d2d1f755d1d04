import { z } from "zod";
import { getWeeklyDigest } from "../../tracking";
import { departmentIds } from "../schemas";
import { createTRPCRouter, departmentsProcedure, today } from "../trpc";

export const isoWeek = z.string().regex(/^\d{4}-W\d{2}$/, "周次格式应为 2024-W50");

export const digestRouter = createTRPCRouter({
  /** What changed in the week (default: the newest), what is overdue or due within 14 days, in the departments asked for. */
  get: departmentsProcedure(z.object({ week: isoWeek.optional(), departmentIds }).default({})).query(({ ctx, input }) =>
    getWeeklyDigest(ctx.db, { today: today(), week: input.week, departmentIds: ctx.departmentIds }),
  ),
});
