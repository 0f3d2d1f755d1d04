// The page's large reads started from its HTML (lib/http/early-fetch.ts), so the
// answer is on its way while the browser loads and hydrates the page.
// The script is the same for every visit: the static shell that carries it
// (app/page.tsx) is allowed it by the hash of its text (server/http/static-shell-policy.ts).
import { earlyFetchScript } from "~/lib/http/early-fetch";
import { ASKS_GZIPPED } from "~/lib/http/gzipped-body";
import { trpcQueryUrl } from "~/lib/http/trpc-query-url";
import type { EarlyQueryPath } from "./unbatched-queries";

/** A query the client asks one per request with the gzip header (UNBATCHED_QUERIES): the only kind it takes early. */
export interface EarlyQuery {
  path: EarlyQueryPath;
  input: unknown;
}

export function EarlyQueries({ queries }: { queries: readonly EarlyQuery[] }) {
  const urls = queries.map((q) => trpcQueryUrl(q.path, q.input));
  return <script dangerouslySetInnerHTML={{ __html: earlyFetchScript(urls, ASKS_GZIPPED) }} />;
}
