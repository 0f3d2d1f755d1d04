// Where the browser's tRPC client asks for a query, for a page that starts the
// same request before its scripts run (early-fetch.ts). The same URL as
// httpLink builds for a GET (trpc-query-url.test.ts compares them), so the
// client finds the request already made.
import { dataTransformer } from "./data-transformer";

/** The tRPC endpoint of the app, for the client's links and the route handler. */
export const TRPC_ENDPOINT = "/api/trpc";

/** The URL, relative to the origin, of a query of `path` with `input`, as httpLink asks it. */
export function trpcQueryUrl(path: string, input: unknown): string {
  return `${TRPC_ENDPOINT}/${path}?input=${encodeURIComponent(JSON.stringify(dataTransformer.serialize(input)))}`;
}
