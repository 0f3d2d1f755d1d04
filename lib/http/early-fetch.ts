// A page's large read started by the page itself, before its scripts: an inline
// script in the HTML asks for the URLs while the browser is still loading and
// running the bundles, and the tRPC client (fetchDecodingGzippedBody) takes the
// answer instead of asking again once React has hydrated. Without it the read
// began only after hydration: one round trip more on the way to the first chart.

const GLOBAL = "__earlyFetches";

/**
 * How long an early answer waits to be taken: the client's queries count data
 * this fresh (query-client.ts's staleTime is longer), and an answer nobody took
 * by then (a slow start, another input) is dropped, never handed out later.
 */
export const EARLY_FETCH_MAX_AGE_MS = 10_000;

type EarlyFetches = Record<string, Promise<Response> | undefined>;

/**
 * The inline script that starts the reads: each URL once, with the headers the
 * client sends (same-origin credentials, fetch's default, as the client's).
 * URLs and headers go in as JSON with `<` escaped, so no text ends the script.
 */
export function earlyFetchScript(urls: readonly string[], headers: Readonly<Record<string, string>>): string {
  const json = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");
  return (
    `(function(){var m=window.${GLOBAL}||(window.${GLOBAL}={});` +
    `${json([...new Set(urls)])}.forEach(function(u){m[u]=fetch(u,{headers:${json(headers)}});` +
    `setTimeout(function(){delete m[u]},${EARLY_FETCH_MAX_AGE_MS})})})()`
  );
}

/** The answer an early script started for `url` (relative, or absolute on this origin), once. */
export function takeEarlyFetch(url: string): Promise<Response> | undefined {
  if (typeof window === "undefined") return undefined;
  const fetches = (window as unknown as Record<string, EarlyFetches | undefined>)[GLOBAL];
  if (!fetches) return undefined;
  const { origin } = window.location;
  const key = url.startsWith(`${origin}/`) ? url.slice(origin.length) : url;
  const early = fetches[key];
  delete fetches[key];
  return early;
}
