// Server components prefetch through the router directly, then hand the cache
// to the client: <HydrationBoundary state={dehydrated()}>
// (https://trpc.io/docs/client/tanstack-react-query/server-components).
import "server-only";
import { dehydrate } from "@tanstack/react-query";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { headers } from "next/headers";
import { cache } from "react";
import { appRouter } from "~/server/api/root";
import { createTRPCContext } from "~/server/api/trpc";
import { currentAccess, currentUser } from "../_auth/current-user";
import { makeQueryClient } from "./query-client";

/** One QueryClient per request. */
export const getQueryClient = cache(makeQueryClient);

// the user and departments the page's requireUser/layout already looked up: not a second lookup per visit
const createContext = cache(async () =>
  createTRPCContext({ headers: new Headers(await headers()), user: await currentUser(), access: await currentAccess() }),
);

export const trpc = createTRPCOptionsProxy({ ctx: createContext, router: appRouter, queryClient: getQueryClient });

/** The request's query cache, for <HydrationBoundary state={…}>. */
export function dehydrated() {
  return dehydrate(getQueryClient());
}
