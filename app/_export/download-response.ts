// What the download routes (/week/export, /export/timeline) share: a signed-in
// caller of the tRPC procedures (which check the department roles), the file
// response, and errors as short Chinese texts.
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { TRPCError } from "@trpc/server";
import { messages } from "~/lib/messages";
import { createCaller } from "~/server/api/root";
import { createTRPCContext } from "~/server/api/trpc";
import { reportServerError } from "~/server/http/server-error";

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export const textResponse = (body: string, status: number) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** A file to save: `fileName` is ASCII (a header value). */
export function fileResponse(body: string | Uint8Array<ArrayBuffer>, type: string, fileName: string): Response {
  return new Response(body, {
    headers: { "Content-Type": type, "Content-Disposition": `attachment; filename="${fileName}"`, "Cache-Control": "no-store" },
  });
}

/** The procedures as the request's user, or null without a session. */
export async function signedInCaller(request: Request) {
  const context = await createTRPCContext({ headers: request.headers });
  return context.user ? createCaller(context) : null;
}

/** Runs a download; a deliberate TRPCError keeps its Chinese message, anything else is logged under an id, never shown. */
export async function downloadOrError(label: string, run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR")
      return textResponse(error.message, getHTTPStatusCodeFromError(error));
    return textResponse(reportServerError(error, label).message, 500);
  }
}

export const signInRequired = () => textResponse(messages.auth.signInRequired, 401);
