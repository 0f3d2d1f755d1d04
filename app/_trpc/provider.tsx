"use client";
// The browser's tRPC client and React Query provider
// (https://trpc.io/docs/client/tanstack-react-query/setup).
import { type QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink, httpLink, splitLink, TRPCClientError } from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import { type ReactNode, useState } from "react";
import { signInPath } from "~/lib/auth/next-path";
import { dataTransformer } from "~/lib/http/data-transformer";
import { fetchDecodingGzippedBody } from "~/lib/http/gzipped-body";
import { HYDRATION_MARK } from "~/lib/http/hydration-mark";
import { TRPC_ENDPOINT } from "~/lib/http/trpc-query-url";
import type { AppRouter } from "~/server/api/root";
import { MAX_BATCH } from "~/server/http/request-limits";
import { makeQueryClient } from "./query-client";
import { UNBATCHED_QUERIES } from "./unbatched-queries";

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

let browserQueryClient: QueryClient | undefined;

/** A session that expired or was signed out elsewhere while the page was open: to sign-in, which comes back here. */
function signInAgainWhenSignedOut(error: Error) {
  if (error instanceof TRPCClientError && (error.data as { code?: string } | undefined)?.code === "UNAUTHORIZED")
    window.location.assign(signInPath(`${window.location.pathname}${window.location.search}`));
}

function getQueryClient(): QueryClient {
  // the server renders each request with its own client; the browser keeps one
  if (typeof window === "undefined") return makeQueryClient();
  if (!browserQueryClient) performance.mark(HYDRATION_MARK);
  return (browserQueryClient ??= makeQueryClient({ onError: signInAgainWhenSignedOut }));
}

function baseUrl(): string {
  if (typeof window !== "undefined") return "";
  return `http://localhost:${process.env.PORT ?? 3000}`;
}

export function TRPCReactProvider({ children }: { children: ReactNode }) {
  const queryClient = getQueryClient();
  const [trpcClient] = useState(() =>
    createTRPCClient<AppRouter>({
      links: [
        // the large reads one per request, gzipped: each URL is then kept by the HTTP cache and revalidated by ETag (304, no body);
        // the reads a page starts from its HTML likewise, so the client finds them asked
        splitLink({
          condition: (op) => op.type === "query" && UNBATCHED_QUERIES.has(op.path),
          true: httpLink({ url: `${baseUrl()}${TRPC_ENDPOINT}`, transformer: dataTransformer, fetch: fetchDecodingGzippedBody }),
          false: httpBatchLink({
            url: `${baseUrl()}${TRPC_ENDPOINT}`,
            transformer: dataTransformer,
            maxURLLength: 4000,
            maxItems: MAX_BATCH,
          }),
        }),
      ],
    }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
