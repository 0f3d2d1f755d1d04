"use client";
// An instant shown in the viewer's time zone. The server does not know that
// zone, so its HTML (and the hydrating render) says UTC; right after hydration
// the browser's zone takes over, with no hydration mismatch.
// https://react.dev/reference/react/useSyncExternalStore#adding-support-for-server-rendering
import { useSyncExternalStore } from "react";
import { formatInstant } from "~/lib/dates/format-instant";

const subscribe = () => () => undefined;

export function LocalTime({ at }: { at: string | Date }) {
  const inBrowser = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  const iso = typeof at === "string" ? at : at.toISOString();
  return <time dateTime={iso}>{inBrowser ? formatInstant(iso) : `${formatInstant(iso, "UTC")} UTC`}</time>;
}
