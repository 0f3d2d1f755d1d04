import { z } from "zod";
import { isIsoWeek } from "../../../lib/dates/iso-week";
import { messages } from "../../../lib/messages";
import { getWeeklyDigest } from "../../tracking";
import { departmentIds } from "../schemas";
import { createTRPCRouter, departmentsProcedure, today } from "../trpc";

export const isoWeek = z.string().refine(isIsoWeek, { error: messages.week.badWeek });

export const digestRouter = createTRPCRouter({
  /** What changed in the week (default: the newest), what is overdue or due within 14 days, in the departments asked for. */
  get: departmentsProcedure(z.object({ week: isoWeek.optional(), departmentIds }).default({})).query(({ ctx, input }) =>
    getWeeklyDigest(ctx.db, { today: today(), week: input.week, departmentIds: ctx.departmentIds }),
  ),
});
