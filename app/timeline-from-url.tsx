"use client";
// The timeline page's view read from its URL in the browser (the page is a static shell, app/page.tsx).
import { useSearchParams } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { parseTimelineUrl, timelineUrlQuery } from "~/components/timeline/timeline-url";
import { TimelineView } from "./timeline-view";

const viewQuery = (params: URLSearchParams) => timelineUrlQuery(parseTimelineUrl(params));

export function TimelineFromUrl() {
  const params = useSearchParams();
  const [view, setView] = useState(() => ({ opened: 0, initial: parseTimelineUrl(params) }));
  // The view writes its own state into the URL (a shallow replaceState, which Next
  // passes on to useSearchParams): that is not a new view. A navigation to another
  // view (a link, the nav) starts over from its URL. What the view wrote is noted
  // before it writes, not as state: Next may render the new URL before a state
  // update made at the same time.
  const written = useRef(viewQuery(params));
  useEffect(() => {
    const query = viewQuery(params);
    if (query === written.current) return;
    written.current = query;
    setView((v) => ({ opened: v.opened + 1, initial: parseTimelineUrl(params) }));
  }, [params]);
  const onUrlWrite = useCallback((next: string) => {
    written.current = viewQuery(new URLSearchParams(next));
  }, []);
  return <TimelineView key={view.opened} initial={view.initial} onUrlWrite={onUrlWrite} />;
}
