// tRPC over HTTP (https://trpc.io/docs/server/adapters/fetch).
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { messages } from "~/lib/messages";
import { appRouter } from "~/server/api/root";
import { createTRPCContext } from "~/server/api/trpc";
import { appOrigin } from "~/server/auth/app-url";
import { isSameOrigin } from "~/server/auth/same-origin";
import { limitRequest } from "~/server/http/request-limits";

export const dynamic = "force-dynamic";

const ENDPOINT = "/api/trpc";

async function handler(request: Request) {
  // mutations are POSTs: one from another site's page is refused before it reaches a procedure
  if (request.method === "POST" && !isSameOrigin(request.headers, appOrigin())) {
    return Response.json({ error: { message: messages.auth.badOrigin } }, { status: 403 });
  }
  const req = await limitRequest(request, ENDPOINT);
  if (req instanceof Response) return req;
  return fetchRequestHandler({
    endpoint: ENDPOINT,
    req,
    router: appRouter,
    createContext: () => createTRPCContext({ headers: req.headers }),
    onError({ path, error }) {
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`tRPC 出错 ${path ?? "<no-path>"}:`, error.cause ?? error);
    },
  });
}

export { handler as GET, handler as POST };
