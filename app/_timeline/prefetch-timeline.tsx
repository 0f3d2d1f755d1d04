"use client";
// The timeline's reads asked while the page hydrates. The view below its
// Suspense boundary (app/page.tsx) reads the URL, which a static page has only
// once hydrated, so its own queries began a render pass after hydration, and
// the answers the HTML had already fetched (EarlyQueries) waited to be decoded.
// Asked here they are decoded meanwhile, and the view's first render has them.
import { usePrefetchQuery } from "@tanstack/react-query";
import { useTRPC } from "../_trpc/provider";

export function PrefetchTimeline() {
  const trpc = useTRPC();
  usePrefetchQuery(trpc.timeline.get.queryOptions({}));
  usePrefetchQuery(trpc.department.mine.queryOptions());
  return null;
}
