// POST /api/setup: the first admin from the setup page (only while no account exists).
import { messages } from "~/lib/messages";
import { getAuth } from "~/server/auth/auth";
import { appOrigin } from "~/server/auth/app-url";
import { isSameOrigin } from "~/server/auth/same-origin";
import { setupFirstAdmin, setupForm } from "~/server/auth/setup-admin";
import { db } from "~/server/db";
import { reportServerError } from "~/server/http/server-error";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  try {
    return await setup(request);
  } catch (error) {
    // logged under an id; the page shows only the Chinese message (no stack, no SQL)
    return Response.json({ message: reportServerError(error, "POST /api/setup").message }, { status: 500 });
  }
}

async function setup(request: Request): Promise<Response> {
  if (!isSameOrigin(request.headers, appOrigin())) return Response.json({ message: messages.auth.badOrigin }, { status: 403 });
  const form = setupForm.safeParse(await request.json().catch(() => null));
  if (!form.success) return Response.json({ message: messages.common.unknownError }, { status: 400 });
  const result = await setupFirstAdmin(getAuth(), db, form.data, request.headers);
  if (!result.ok) return Response.json({ message: result.message }, { status: result.status });
  const response = Response.json({ ok: true });
  for (const cookie of result.headers.getSetCookie()) response.headers.append("Set-Cookie", cookie);
  return response;
}
