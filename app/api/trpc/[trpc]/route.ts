// tRPC over HTTP (https://trpc.io/docs/server/adapters/fetch).
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { TRPC_ENDPOINT } from "~/lib/http/trpc-query-url";
import { messages } from "~/lib/messages";
import { appRouter } from "~/server/api/root";
import { type Context, createTRPCContext } from "~/server/api/trpc";
import { appOrigin } from "~/server/auth/app-url";
import { isSameOrigin } from "~/server/auth/same-origin";
import { limitRequest } from "~/server/http/request-limits";
import { isRevisionCached, revisionCachedQuery } from "~/server/http/revision-cached-query";

export const dynamic = "force-dynamic";

async function handler(request: Request) {
  // mutations are POSTs: one from another site's page is refused before it reaches a procedure
  if (request.method === "POST" && !isSameOrigin(request.headers, appOrigin())) {
    return Response.json({ error: { message: messages.auth.badOrigin } }, { status: 403 });
  }
  const req = await limitRequest(request, TRPC_ENDPOINT);
  if (req instanceof Response) return req;
  const run = (createContext: () => Promise<Context>) =>
    fetchRequestHandler({
      endpoint: TRPC_ENDPOINT,
      req,
      router: appRouter,
      createContext,
      onError({ path, error }) {
        if (error.code === "INTERNAL_SERVER_ERROR") console.error(`tRPC 出错 ${path ?? "<no-path>"}:`, error.cause ?? error);
      },
    });
  // the large reads (the timeline): shared, compressed bytes with an ETag (server/http/revision-cached-query.ts)
  if (!isRevisionCached(req, TRPC_ENDPOINT)) return run(() => createTRPCContext({ headers: req.headers }));
  const ctx = await createTRPCContext({ headers: req.headers });
  return revisionCachedQuery(req, ctx, () => run(async () => ctx));
}

export { handler as GET, handler as POST };
