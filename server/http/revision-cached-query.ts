// GET queries whose answer is a function of the tracked data, the day and what
// the caller may read are answered from bytes built once and shared, gzipped
// once, tagged with an ETag: a client that already holds them gets 304 without
// a body. 200 readers of a 2,000-initiative timeline (1.9 MB JSON) took p99 54 s, 1.9 GB.
import { createHash } from "node:crypto";
import { type Context, readAccess, today } from "../api/trpc";
import { readRevision } from "../db/tracking-revision";
import { GZIPPED_BODY_HEADER, gzipBytes, streamOf, wantsGzippedBody } from "./gzipped-body";
import { type CachedResponse, createResponseCache } from "./response-cache";
import { REVISION_PURE_PROCEDURES } from "./revision-pure-procedures";

/** Room for a few dozen timelines of 2,000 initiatives. */
const CACHE_BYTES = 64 * 1024 * 1024;

const cache = createResponseCache({ maxBytes: CACHE_BYTES });

/** Whether a request is a GET of revision-pure procedures only (one, or a batch of them). */
export function isRevisionCached(req: Request, endpoint: string): boolean {
  // a streamed answer (trpc-accept: application/jsonl) is shaped differently: not shared
  if (req.method !== "GET" || req.headers.has("trpc-accept")) return false;
  const paths = decodeURIComponent(new URL(req.url).pathname.slice(endpoint.length + 1)).split(",");
  return paths.every((p) => REVISION_PURE_PROCEDURES.has(p));
}

/** Whether `ifNoneMatch` (a list of tags, or *) names `etag`, by the weak comparison RFC 9110 asks of If-None-Match. */
function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || opaque(tag) === opaque(etag));
}

function answer(req: Request, entry: CachedResponse): Response {
  const gzipped = wantsGzippedBody(req.headers, entry.body);
  // the browser keeps the answer but asks each time whether it changed (If-None-Match → 304);
  // weak: `next start` gzips the plain bytes for a client that accepts it, one tag for both
  const headers = new Headers({ etag: `W/"${entry.etag}${gzipped ? "-gz" : ""}"`, vary: `Cookie, ${GZIPPED_BODY_HEADER}` });
  headers.set("cache-control", gzipped ? "private, no-cache, no-transform" : "private, no-cache");
  if (matches(req.headers.get("if-none-match"), headers.get("etag")!)) return new Response(null, { status: 304, headers });
  if (!gzipped) {
    headers.set("content-type", entry.contentType);
    return new Response(streamOf(entry.body), { status: 200, headers });
  }
  headers.set("content-type", "application/gzip");
  headers.set(GZIPPED_BODY_HEADER, "gzip");
  return new Response(streamOf(entry.gzipped), { status: 200, headers });
}

/**
 * The answer to a revision-cached GET (isRevisionCached): shared by every
 * caller who may read the same departments with the same roles and asks the
 * same URL at the same revision on the same day, made by `run` (the tRPC
 * handler, with `ctx`) at most once. Errors are never shared: each caller gets
 * its own, refusals logged as usual. Anonymous callers go straight to `run`.
 */
export async function revisionCachedQuery(req: Request, ctx: Context, run: () => Promise<Response>): Promise<Response> {
  if (!ctx.user) return run();
  // the revision before the data: an answer newer than its revision may be kept under it, never the reverse
  const revision = await readRevision(ctx.db);
  const access = await readAccess(ctx.db, ctx.user);
  const scope = access.map((d) => `${d.id}:${d.role}`).sort();
  const url = new URL(req.url);
  const key = JSON.stringify([revision, today(), scope, url.pathname, url.search]);
  const result = await cache.share(key, async () => {
    const res = await run();
    if (res.status !== 200) return res;
    const etag = createHash("sha256").update(key).digest("base64url").slice(0, 27);
    const contentType = res.headers.get("content-type") ?? "application/json";
    const body = new Uint8Array(await res.arrayBuffer());
    return { etag, revision, contentType, body, gzipped: await gzipBytes(body) };
  });
  return result instanceof Response ? result : answer(req, result);
}
