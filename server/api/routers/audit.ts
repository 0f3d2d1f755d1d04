import { z } from "zod";
import { AUDIT_ACTIONS, listAudit } from "../../db/store/audit-log";
import { createTRPCRouter, siteAdminProcedure } from "../trpc";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "日期格式应为 2024-11-25");

export const auditFilter = z.object({
  action: z.enum(AUDIT_ACTIONS).optional(),
  /** a user id, or part of a display name */
  user: z.string().trim().max(200).optional(),
  /** calendar dates, both inclusive, in the server's time zone */
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export type AuditFilterInput = z.infer<typeof auditFilter>;

export const AUDIT_PAGE_SIZE = 50;

/** The filter as the store takes it: dates become the start of `from` and the end of `to`. */
export function storeFilter(input: AuditFilterInput) {
  return {
    action: input.action,
    user: input.user || undefined,
    from: input.from ? new Date(`${input.from}T00:00:00`) : undefined,
    to: input.to ? new Date(`${input.to}T23:59:59.999`) : undefined,
  };
}

export const auditRouter = createTRPCRouter({
  /** One page of the log, newest first (site admins only). */
  list: siteAdminProcedure
    .input(auditFilter.extend({ page: z.number().int().min(1).max(100_000).default(1) }))
    .query(async ({ ctx, input }) => {
      const { rows, total } = await listAudit(ctx.db, storeFilter(input), {
        skip: (input.page - 1) * AUDIT_PAGE_SIZE,
        take: AUDIT_PAGE_SIZE,
      });
      return { rows, total, page: input.page, pageSize: AUDIT_PAGE_SIZE };
    }),
});
