// Large tRPC answers travel gzipped, compressed once on the server and decoded
// by the browser's tRPC client. Not with Content-Encoding: Next 16 drops that
// header from a route handler's response (it would gzip the same bytes again
// for every reader instead), so the client asks with a header of its own and
// decodes what comes back so marked.

/** Sent by the client that decodes gzipped bodies; answered with the same header, value `gzip`, on a gzipped body. */
export const GZIPPED_BODY_HEADER = "x-body-encoding";

/**
 * `fetch` for the tRPC client: asks for gzipped bodies and hands tRPC the
 * decoded JSON. A revalidated answer (304) comes back from the HTTP cache as
 * the 200 it stored, still gzipped and marked, and is decoded the same way.
 */
export async function fetchDecodingGzippedBody(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const headers = new Headers(init?.headers);
  headers.set(GZIPPED_BODY_HEADER, "gzip");
  const res = await fetch(input, { ...init, headers });
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
