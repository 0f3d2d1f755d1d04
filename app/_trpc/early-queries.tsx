// The page's large reads started from its HTML (lib/http/early-fetch.ts), so the
// answer is on its way while the browser loads and hydrates the page.
import "server-only";
import { headers } from "next/headers";
import { earlyFetchScript } from "~/lib/http/early-fetch";
import { ASKS_GZIPPED } from "~/lib/http/gzipped-body";
import { trpcQueryUrl } from "~/lib/http/trpc-query-url";
import { nonceOf } from "~/server/http/content-security-policy";

/** A query the client asks one per request with the gzip header (REVISION_PURE_PROCEDURES): the only kind it takes early. */
export interface EarlyQuery {
  path: "timeline.get";
  input: unknown;
}

export async function EarlyQueries({ queries }: { queries: readonly EarlyQuery[] }) {
  // the policy refuses an inline script without the request's nonce
  const nonce = nonceOf((await headers()).get("content-security-policy"));
  if (!nonce) return null;
  const urls = queries.map((q) => trpcQueryUrl(q.path, q.input));
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: earlyFetchScript(urls, ASKS_GZIPPED) }} />;
}
