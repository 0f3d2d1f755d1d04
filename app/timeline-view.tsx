"use client";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import Link from "next/link";
import { useDeferredValue, useEffect, useRef, useState } from "react";
import { InitiativePanel } from "~/components/timeline/initiative-panel";
import { TimelineFilterBar } from "~/components/timeline/timeline-filter-bar";
import { type ViewMode, ViewModeSwitch } from "~/components/timeline/view-mode-switch";
import type { TimelineFilter } from "~/server/tracking/types";
import { errorMessage } from "./_trpc/error-message";
import { useTRPC } from "./_trpc/provider";
import { messages } from "./messages";

const TimelineChart = dynamic(() => import("~/components/timeline/timeline-chart").then((m) => m.TimelineChart), {
  ssr: false,
  loading: () => <p className="muted">{messages.timeline.chartLoading}</p>,
});

const MODES: readonly ViewMode[] = ["Day", "Week", "Month"];

/** Drops empty parts, so the unfiltered input is `{}` like the server's prefetch. */
function toInput(f: TimelineFilter): TimelineFilter {
  const input: TimelineFilter = {};
  if (f.groupIds?.length) input.groupIds = f.groupIds;
  if (f.states?.length) input.states = f.states;
  if (f.q?.trim()) input.q = f.q.trim();
  return input;
}

export function TimelineView() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [filter, setFilter] = useState<TimelineFilter>({});
  const [viewMode, setViewMode] = useState<ViewMode>("Week");
  const [selected, setSelected] = useState<number | null>(null);
  const [notice, setNotice] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const input = toInput(useDeferredValue(filter));
  useEffect(() => {
    if (notice?.kind !== "ok") return;
    const timer = setTimeout(() => setNotice(null), 4000);
    return () => clearTimeout(timer);
  }, [notice]);

  const all = useQuery(trpc.timeline.get.queryOptions({}));
  const shown = useQuery({ ...trpc.timeline.get.queryOptions(input), placeholderData: keepPreviousData });

  const onSettled = (error: unknown) => {
    setNotice(error ? { kind: "error", text: messages.timeline.saveFailed(errorMessage(error)) } : { kind: "ok", text: messages.timeline.saved });
    void queryClient.invalidateQueries({ queryKey: trpc.timeline.pathKey() });
    void queryClient.invalidateQueries({ queryKey: trpc.initiative.pathKey() });
  };
  const editMilestone = useMutation(trpc.milestone.edit.mutationOptions({ onSettled: (_d, e) => onSettled(e) }));
  const editInitiative = useMutation(trpc.initiative.edit.mutationOptions({ onSettled: (_d, e) => onSettled(e) }));

  if (all.isPending) return <p className="muted">{messages.common.loading}</p>;
  if (all.isError) {
    return (
      <div className="notice error" role="alert">
        {messages.common.error}：{errorMessage(all.error)}{" "}
        <button type="button" onClick={() => void all.refetch()}>{messages.common.retry}</button>
      </div>
    );
  }
  if (all.data.groups.length === 0) {
    return (
      <div className="card empty-state">
        {messages.timeline.empty} — <Link href="/import">{messages.timeline.emptyLink}</Link>
      </div>
    );
  }

  const timeline = shown.data ?? all.data;
  const count = timeline.groups.reduce((n, g) => n + g.initiatives.length, 0);
  return (
    <div className="stack">
      <div className="toolbar">
        <h1 style={{ margin: 0 }}>{messages.timeline.heading}</h1>
        <span className="muted small">
          {all.data.latestWeek ? messages.timeline.latestWeek(all.data.latestWeek) : null} · {messages.timeline.today(all.data.today)} · {messages.timeline.count(count)}
        </span>
        {notice ? <span className={`inline-notice ${notice.kind}`} role="status">{notice.text}</span> : null}
        <span className="spacer" />
        <ViewModeSwitch value={viewMode} modes={MODES} onChange={setViewMode} />
      </div>
      <TimelineFilterBar groups={all.data.groups} value={filter} onChange={setFilter} />
      {shown.isError ? <div className="notice error" role="alert">{errorMessage(shown.error)}</div> : null}
      {count === 0 ? (
        <div className="card empty-state">{messages.timeline.noMatch}</div>
      ) : (
        <div className="card" style={{ padding: 0, overflow: "hidden" }}>
          <TimelineChart
            timeline={timeline}
            viewMode={viewMode}
            onSelectInitiative={setSelected}
            onMilestoneDateChange={(c) => editMilestone.mutate({ id: c.milestoneId, expectedVersion: c.version, date: c.date, rangeStart: c.rangeStart })}
            onInitiativeDatesChange={(c) => editInitiative.mutate({ id: c.initiativeId, expectedVersion: c.version, startDate: c.startDate })}
            onProgressChange={(c) => editInitiative.mutate({ id: c.initiativeId, expectedVersion: c.version, progress: c.progress })}
          />
        </div>
      )}
      {selected !== null ? <InitiativeDetailPanel id={selected} onClose={() => setSelected(null)} /> : null}
    </div>
  );
}

function InitiativeDetailPanel({ id, onClose }: { id: number; onClose: () => void }) {
  const trpc = useTRPC();
  const detail = useQuery(trpc.initiative.detail.queryOptions({ id }));
  const ref = useRef<HTMLDivElement>(null);
  const loadedId = detail.data?.id;
  useEffect(() => {
    if (loadedId !== undefined) ref.current?.scrollIntoView({ behavior: "smooth", block: "nearest" });
  }, [loadedId]);
  return (
    <div ref={ref}>
      {detail.isPending ? <div className="card muted">{messages.common.loading}</div> : null}
      {detail.isError ? <div className="notice error" role="alert">{errorMessage(detail.error)}</div> : null}
      {detail.data ? <InitiativePanel detail={detail.data} onClose={onClose} /> : null}
    </div>
  );
}
