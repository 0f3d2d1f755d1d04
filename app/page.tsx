import { HydrationBoundary } from "@tanstack/react-query";
import { dehydrated, getQueryClient, trpc } from "./_trpc/server";
import { TimelineView } from "./timeline-view";

// reads the database on every request
export const dynamic = "force-dynamic";

export default async function TimelinePage() {
  await getQueryClient().prefetchQuery(trpc.timeline.get.queryOptions({}));
  return (
    <HydrationBoundary state={dehydrated()}>
      <TimelineView />
    </HydrationBoundary>
  );
}
