import { HydrationBoundary } from "@tanstack/react-query";
import { normalizeFilter, parseTimelineUrl, timelineUrlQuery } from "~/components/timeline/timeline-url";
import { EarlyQueries } from "./_trpc/early-queries";
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
  // Only the small reads are prefetched. The timeline itself (2 MB of JSON for
  // 2,000 initiatives) is not: rendered into every visit's HTML it was built,
  // serialized and sent again per visit, the bottleneck under load (issue #10).
  // The browser fetches it from timeline.get, shared per revision, gzipped once
  // and revalidated with its ETag (server/http/revision-cached-query.ts),
  // showing the loading state meanwhile. The page starts that read from its HTML
  // (EarlyQueries), the inputs TimelineView asks first: the whole timeline and the URL's filter.
  await Promise.all([
    client.prefetchQuery(trpc.department.mine.queryOptions()),
    initial.initiative !== null ? client.prefetchQuery(trpc.initiative.detail.queryOptions({ id: initial.initiative })) : null,
  ]);
  return (
    <>
      <EarlyQueries queries={[{}, normalizeFilter(initial.filter)].map((input) => ({ path: "timeline.get", input }))} />
      <HydrationBoundary state={dehydrated()}>
        {/* a navigation to another view (a link, the nav) starts over from its URL; the view's own URL updates are shallow */}
        <TimelineView key={timelineUrlQuery(initial)} initial={initial} />
      </HydrationBoundary>
    </>
  );
}
