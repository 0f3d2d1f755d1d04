import { HydrationBoundary } from "@tanstack/react-query";
import { parseTimelineUrl, timelineUrlQuery } from "~/components/timeline/timeline-url";
import { dehydrated, getQueryClient, trpc } from "./_trpc/server";
import { TimelineView } from "./timeline-view";
import { requireUser } from "./_auth/current-user";

// reads the database on every request
export const dynamic = "force-dynamic";

/** The filters, view mode and open initiative come from the URL, so a view can be shared. */
export default async function TimelinePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireUser("/");
  const initial = parseTimelineUrl(await searchParams);
  const client = getQueryClient();
  // the same inputs the client asks for: everything (groups, counts) and the filtered view
  await Promise.all([
    client.prefetchQuery(trpc.timeline.get.queryOptions({})),
    client.prefetchQuery(trpc.department.mine.queryOptions()),
    Object.keys(initial.filter).length > 0 ? client.prefetchQuery(trpc.timeline.get.queryOptions(initial.filter)) : null,
    initial.initiative !== null ? client.prefetchQuery(trpc.initiative.detail.queryOptions({ id: initial.initiative })) : null,
  ]);
  return (
    <HydrationBoundary state={dehydrated()}>
      {/* a navigation to another view (a link, the nav) starts over from its URL; the view's own URL updates are shallow */}
      <TimelineView key={timelineUrlQuery(initial)} initial={initial} />
    </HydrationBoundary>
  );
}
