// GET /week/export?week=2024-W50 → the week's digest as a CSV download (UTF-8 with BOM), for a signed-in user only.
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { TRPCError } from "@trpc/server";
import { isIsoWeek } from "~/lib/dates/iso-week";
import { messages } from "~/lib/messages";
import { createCaller } from "~/server/api/root";
import { createTRPCContext } from "~/server/api/trpc";
import { reportServerError } from "~/server/http/server-error";
import { digestCsv } from "~/server/tracking";

export const dynamic = "force-dynamic";

const text = (body: string, status: number) => new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

export async function GET(request: Request): Promise<Response> {
  try {
    return await exportWeek(request);
  } catch (error) {
    // a deliberate TRPCError keeps its Chinese message; anything else is logged under an id, never shown
    if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR") return text(error.message, getHTTPStatusCodeFromError(error));
    return text(reportServerError(error, "GET /week/export").message, 500);
  }
}

async function exportWeek(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const asked = params.get("week") || undefined;
  const department = params.get("department");
  if (asked !== undefined && !isIsoWeek(asked)) return text(messages.week.badWeek, 400);
  const context = await createTRPCContext({ headers: request.headers });
  if (!context.user)
    return new Response(messages.auth.signInRequired, { status: 401, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const api = createCaller(context);
  // a department the user cannot read is refused with 403 by the procedure
  const digest = await api.digest.get({
    week: asked,
    departmentIds: department && /^\d+$/.test(department) ? [Number(department)] : undefined,
  });
  return new Response(digestCsv(digest.items), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="digest-${digest.week ?? "empty"}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
