// tRPC over HTTP (https://trpc.io/docs/server/adapters/fetch).
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { messages } from "~/lib/messages";
import { appRouter } from "~/server/api/root";
import { createTRPCContext } from "~/server/api/trpc";
import { appOrigin } from "~/server/auth/app-url";
import { isSameOrigin } from "~/server/auth/same-origin";

export const dynamic = "force-dynamic";

function handler(req: Request) {
  // mutations are POSTs: one from another site's page is refused before it reaches a procedure
  if (req.method === "POST" && !isSameOrigin(req.headers, appOrigin())) {
    return Response.json({ error: { message: messages.auth.badOrigin } }, { status: 403 });
  }
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: () => createTRPCContext({ headers: req.headers }),
    onError({ path, error }) {
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`tRPC 出错 ${path ?? "<no-path>"}:`, error.cause ?? error);
    },
  });
}

export { handler as GET, handler as POST };
