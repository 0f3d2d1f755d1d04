import { Suspense } from "react";
import { PrefetchTimeline } from "./_timeline/prefetch-timeline";
import { EarlyQueries } from "./_trpc/early-queries";
import { TimelineFromUrl } from "./timeline-from-url";
import { messages } from "../lib/messages";

/**
 * The timeline is a static shell: the same HTML for every visit, prerendered at
 * build, so serving it costs about what a static file does. Rendered per visit it
 * cost 11 ms of the server's time, which queued under 200 readers (issue #10,
 * `npm run bench:load`). Everything of the visitor is read by the browser:
 * proxy.ts sends a visit without a session cookie to sign-in; the queries answer
 * UNAUTHORIZED to a cookie that is no longer valid, which also goes to sign-in
 * (app/_trpc/provider.tsx); the view, filters and open initiative come from the
 * URL (timeline-from-url.tsx), so a view can be shared.
 * The whole timeline (2 MB of JSON for 2,000 initiatives) and who is asking (the
 * roles decide whether it can be dragged) are started from the HTML
 * (EarlyQueries); the timeline is shared per revision, gzipped once and revalidated with its
 * ETag (server/http/revision-cached-query.ts).
 */
export default function TimelinePage() {
  return (
    <>
      <EarlyQueries
        queries={[
          { path: "timeline.get", input: {} },
          { path: "department.mine", input: undefined },
        ]}
      />
      <PrefetchTimeline />
      <Suspense fallback={<p className="muted">{messages.common.loading}</p>}>
        <TimelineFromUrl />
      </Suspense>
    </>
  );
}
