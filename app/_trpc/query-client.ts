// One QueryClient factory for server and browser, with superjson across the
// dehydrate/hydrate boundary (https://trpc.io/docs/client/tanstack-react-query/server-components).
import { defaultShouldDehydrateQuery, QueryClient } from "@tanstack/react-query";
import superjson from "superjson";

export function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // data prefetched on the server is fresh for a while: no refetch right after hydration
        staleTime: 30 * 1000,
        retry: 1,
      },
      dehydrate: {
        serializeData: superjson.serialize,
        shouldDehydrateQuery: (query) => defaultShouldDehydrateQuery(query) || query.state.status === "pending",
        shouldRedactErrors: () => false,
      },
      hydrate: { deserializeData: superjson.deserialize },
    },
  });
}
