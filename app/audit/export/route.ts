// GET /audit/export?action=&user=&from=&to= → the audit log as a CSV download, for site admins only.
import { messages } from "~/lib/messages";
import { auditCsv } from "~/server/api/audit-csv";
import { auditFilter, storeFilter } from "~/server/api/routers/audit";
import { createTRPCContext } from "~/server/api/trpc";
import { listAudit } from "~/server/db/store/audit-log";

export const dynamic = "force-dynamic";

/** The most rows one download holds (newest first). */
const MAX_ROWS = 100_000;

const text = (body: string, status: number) => new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

export async function GET(request: Request): Promise<Response> {
  const context = await createTRPCContext({ headers: request.headers });
  if (!context.user) return text(messages.auth.signInRequired, 401);
  if (!context.user.siteAdmin) return text(messages.auth.adminRequired, 403);
  const params = new URL(request.url).searchParams;
  const parsed = auditFilter.safeParse(Object.fromEntries([...params].filter(([, v]) => v !== "")));
  if (!parsed.success) return text(parsed.error.issues[0]?.message ?? "", 400);
  const { rows } = await listAudit(context.db, storeFilter(parsed.data), { skip: 0, take: MAX_ROWS });
  return new Response(auditCsv(rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="audit-log.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
