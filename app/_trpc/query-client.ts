// One QueryClient factory for server and browser, with the data transformer across the
// dehydrate/hydrate boundary (https://trpc.io/docs/client/tanstack-react-query/server-components).
import { defaultShouldDehydrateQuery, MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { dataTransformer } from "~/lib/http/data-transformer";

/** `onError` sees every failed query and mutation (the browser's: a session that ended). */
export function makeQueryClient(options: { onError?: (error: Error) => void } = {}) {
  return new QueryClient({
    queryCache: new QueryCache({ onError: options.onError }),
    mutationCache: new MutationCache({ onError: options.onError }),
    defaultOptions: {
      queries: {
        // data prefetched on the server is fresh for a while: no refetch right after hydration
        staleTime: 30 * 1000,
        retry: 1,
      },
      dehydrate: {
        serializeData: dataTransformer.serialize,
        shouldDehydrateQuery: (query) => defaultShouldDehydrateQuery(query) || query.state.status === "pending",
        shouldRedactErrors: () => false,
      },
      hydrate: { deserializeData: dataTransformer.deserialize },
    },
  });
}
