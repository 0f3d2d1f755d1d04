// Large tRPC answers travel gzipped, compressed once on the server and decoded
// by the browser's tRPC client. Not with Content-Encoding: Next 16 drops that
// header from a route handler's response (it would gzip the same bytes again
// for every reader instead), so the client asks with a header of its own and
// decodes what comes back so marked.
import { takeEarlyFetch } from "./early-fetch";

/** Sent by the client that decodes gzipped bodies; answered with the same header, value `gzip`, on a gzipped body. */
export const GZIPPED_BODY_HEADER = "x-body-encoding";

/** The request headers of a client that decodes gzipped bodies (an early fetch sends them too). */
export const ASKS_GZIPPED: Readonly<Record<string, string>> = { [GZIPPED_BODY_HEADER]: "gzip" };

/**
 * `fetch` for the tRPC client: asks for gzipped bodies and hands tRPC the
 * decoded JSON. A revalidated answer (304) comes back from the HTTP cache as
 * the 200 it stored, still gzipped and marked, and is decoded the same way.
 * A GET the page already started (early-fetch.ts) is taken, not asked again.
 */
export async function fetchDecodingGzippedBody(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const headers = new Headers(init?.headers);
  for (const [name, value] of Object.entries(ASKS_GZIPPED)) headers.set(name, value);
  const ask = () => fetch(input, { ...init, headers });
  const early = (init?.method ?? "GET") === "GET" && typeof input === "string" ? takeEarlyFetch(input) : undefined;
  // an early request that failed to reach the server is asked again, as a retry would
  const res = await (early ? early.catch(ask) : ask());
  if (res.headers.get(GZIPPED_BODY_HEADER) !== "gzip" || !res.body) return res;
  const decoded = new Headers(res.headers);
  decoded.set("content-type", "application/json");
  decoded.delete(GZIPPED_BODY_HEADER);
  return new Response(res.body.pipeThrough(new DecompressionStream("gzip")), {
    status: res.status,
    statusText: res.statusText,
    headers: decoded,
  });
}
