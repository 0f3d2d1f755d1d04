// Bounds on what one tRPC request may ask of the server, checked before tRPC
// reads it: a 600 MB body was parsed whole (1.47 GB resident), one GET batching
// 50 timeline reads answered 95 MB, one POST batching 200 previews took 2.1 GB.
import { messages } from "../../lib/messages";

/** An import or preview carries a report: up to 2,000,000 characters, 3 bytes each in UTF-8, JSON-escaped, plus decisions. */
export const IMPORT_BODY_BYTES = 8 * 1024 * 1024;
/** Every other procedure takes a few ids, dates and a reason. */
export const BODY_BYTES = 64 * 1024;
/** Procedures one request may batch: a page asks for a handful at once. */
export const MAX_BATCH = 10;
/** A GET carries its input in the URL. */
export const MAX_URL_LENGTH = 16 * 1024;

const refuse = (status: number, message: string) =>
  Response.json({ error: { json: { message, data: { httpStatus: status } } } }, { status });

/** The procedure paths of a tRPC URL (`/api/trpc/a,b?batch=1` → a, b). */
function pathsOf(url: URL, endpoint: string): string[] {
  return decodeURIComponent(url.pathname.slice(endpoint.length + 1)).split(",");
}

/**
 * The request to hand to tRPC, its body read once within its limit; or the
 * refusal: 414 for a URL too long, 400 for too big a batch, 413 for a body over
 * its route's limit (read no further than the limit, whatever Content-Length says).
 */
export async function limitRequest(req: Request, endpoint: string): Promise<Request | Response> {
  if (req.url.length > MAX_URL_LENGTH) return refuse(414, messages.limits.urlTooLong);
  const url = new URL(req.url);
  const paths = pathsOf(url, endpoint);
  if (paths.length > MAX_BATCH) return refuse(400, messages.limits.batchTooLarge(MAX_BATCH));
  if (req.method !== "POST" || !req.body) return req;

  const limit = paths.every((p) => p.startsWith("importer.")) ? IMPORT_BODY_BYTES : BODY_BYTES;
  const declared = Number(req.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) return refuse(413, messages.limits.bodyTooLarge(limit));
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = req.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return refuse(413, messages.limits.bodyTooLarge(limit));
    }
    chunks.push(value);
  }
  return new Request(req.url, { method: req.method, headers: req.headers, body: Buffer.concat(chunks) });
}
