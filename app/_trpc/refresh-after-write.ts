// Refetching what a write changed. invalidateQueries alone is not enough: a query
// whose first fetch is still in flight (no data yet) has that fetch reused instead
// of restarted, and it may have read before the write, so the page would show the
// list without the row just created until the next refetch.
import type { QueryClient, QueryKey } from "@tanstack/react-query";

/** Cancels any fetch in flight for these keys (all queries when none given), then refetches them; resolves when the fresh data is in. */
export async function refreshAfterWrite(queryClient: QueryClient, ...queryKeys: QueryKey[]): Promise<void> {
  const filters = queryKeys.length === 0 ? [{}] : queryKeys.map((queryKey) => ({ queryKey }));
  await Promise.all(filters.map((f) => queryClient.cancelQueries(f)));
  await Promise.all(filters.map((f) => queryClient.invalidateQueries(f)));
}
