"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useDeferredValue, useEffect, useState } from "react";
import { EditPrompt } from "~/components/timeline/edit-prompt";
import type { PendingEdit } from "~/components/timeline/edit-request";
import { withReopen } from "~/components/timeline/reopen-milestone";
// A static import, not next/dynamic: the chart is the page's critical path and its
// code then loads with the page's other chunks instead of after hydration. It is
// safe on the server: frappe-gantt only draws in an effect.
import { TimelineChart } from "~/components/timeline/timeline-chart";
import { UndoRedoButtons } from "~/components/timeline/undo-redo-buttons";
import { TimelineFilterBar } from "~/components/timeline/timeline-filter-bar";
import { normalizeFilter, type TimelineUrlState, timelineUrlQuery } from "~/components/timeline/timeline-url";
import { ViewModeSwitch } from "~/components/timeline/view-mode-switch";
import { type ViewMode, ViewModes } from "~/lib/domain/view-mode";
import type { TimelineFilter } from "~/server/tracking/types";
import { chartEditRequests } from "./_timeline/chart-edit-requests";
import { InitiativeDetailPanel } from "./_timeline/initiative-detail-panel";
import { type EditRequest, useTimelineEdits } from "./_timeline/use-timeline-edits";
import { errorMessage } from "./_trpc/error-message";
import { useTRPC } from "./_trpc/provider";
import { messages } from "../lib/messages";

export function TimelineView({ initial, onUrlWrite }: { initial: TimelineUrlState; onUrlWrite: (query: string) => void }) {
  const trpc = useTRPC();
  const [filter, setFilter] = useState<TimelineFilter>(initial.filter);
  const [viewMode, setViewMode] = useState<ViewMode>(initial.viewMode);
  const [selected, setSelected] = useState<number | null>(initial.initiative);
  const [pending, setPending] = useState<PendingEdit | null>(null);
  const [grid, setGrid] = useState({ columns: initial.columns, folded: initial.folded });
  const edits = useTimelineEdits();
  const input = normalizeFilter(useDeferredValue(filter));

  // The URL holds the view (shareable, kept on reload). A shallow replaceState:
  // Next keeps useSearchParams in sync and no server round trip per keystroke.
  const query = timelineUrlQuery({ filter: input, viewMode, initiative: selected, ...grid });
  useEffect(() => {
    const next = `${window.location.pathname}${query ? `?${query}` : ""}`;
    if (next === `${window.location.pathname}${window.location.search}`) return;
    onUrlWrite(query);
    window.history.replaceState(null, "", next);
  }, [query, onUrlWrite]);

  const { notice, clearNotice } = edits;
  useEffect(() => {
    if (!notice || notice.kind === "error") return;
    const timer = setTimeout(clearNotice, notice.kind === "info" ? 6000 : 4000);
    return () => clearTimeout(timer);
  }, [notice, clearNotice]);

  const all = useQuery(trpc.timeline.get.queryOptions({}));
  const mine = useQuery(trpc.department.mine.queryOptions());
  const shown = useQuery({ ...trpc.timeline.get.queryOptions(input), placeholderData: keepPreviousData });

  // the roles decide whether the chart can be dragged: drawn before them, it would be drawn twice
  if (all.isPending || mine.isPending) return <p className="muted">{messages.common.loading}</p>;
  if (all.isError) {
    return (
      <div className="notice error" role="alert">
        {messages.common.error}：{errorMessage(all.error)}{" "}
        <button type="button" onClick={() => void all.refetch()}>
          {messages.common.retry}
        </button>
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
  // The server refuses an edit without the editor role; the page does not offer one.
  const departments = mine.data?.departments ?? [];
  const editable = new Set(departments.filter((d) => d.role !== "viewer").map((d) => d.id));
  const readonly = !timeline.groups.some((g) => editable.has(g.departmentId));
  const departmentOf = new Map(all.data.groups.flatMap((g) => g.initiatives.map((i) => [i.id, g.departmentId] as const)));
  const selectedDepartment = selected === null ? undefined : departmentOf.get(selected);
  const ask = chartEditRequests({ onAsk: setPending, onNotice: edits.showNotice, onRevert: edits.revert });
  const save = (req: EditRequest, reason: string | null) => edits.save(req, reason);
  return (
    <div className="stack">
      <div className="toolbar">
        <h1 style={{ margin: 0 }}>{messages.timeline.heading}</h1>
        <span className="muted small">
          {all.data.latestWeek ? messages.timeline.latestWeek(all.data.latestWeek) : null} · {messages.timeline.today(all.data.today)} ·{" "}
          {messages.timeline.count(count)}
        </span>
        {notice ? (
          <span className={`inline-notice ${notice.kind}`} role="status">
            {notice.text}
          </span>
        ) : null}
        {!readonly || edits.undo || edits.redo ? (
          <UndoRedoButtons
            undo={edits.undo?.summary ?? null}
            redo={edits.redo?.summary ?? null}
            disabled={edits.saving || pending !== null}
            onUndo={edits.runUndo}
            onRedo={edits.runRedo}
          />
        ) : null}
        <span className="spacer" />
        <ViewModeSwitch value={viewMode} modes={ViewModes.values} onChange={setViewMode} />
      </div>
      <TimelineFilterBar
        departments={departments}
        groups={all.data.groups.filter((g) => !input.departmentIds || input.departmentIds.includes(g.departmentId))}
        value={filter}
        onChange={setFilter}
      />
      {shown.isError ? (
        <div className="notice error" role="alert">
          {errorMessage(shown.error)}
        </div>
      ) : null}
      {count === 0 ? (
        <div className="card empty-state">{messages.timeline.noMatch}</div>
      ) : (
        <div className="card" style={{ padding: 0, overflow: "hidden" }}>
          <TimelineChart
            timeline={timeline}
            viewMode={viewMode}
            onViewModeChange={setViewMode}
            readonly={readonly}
            revision={edits.revision}
            expandedInitiative={selected}
            initialFocus={initial.initiative}
            initialColumns={initial.columns}
            initialFolded={initial.folded}
            onGridChange={setGrid}
            exportQuery={query}
            onSelectInitiative={setSelected}
            onMilestoneDateChange={(c) => ask.milestoneDate(timeline, c)}
            onInitiativeDatesChange={(c) => ask.initiativeDates(timeline, c)}
            onProgressChange={(c) => ask.progress(timeline, c)}
          />
        </div>
      )}
      {selected !== null ? (
        <InitiativeDetailPanel
          key={selected}
          id={selected}
          onClose={() => setSelected(null)}
          onSave={selectedDepartment !== undefined && editable.has(selectedDepartment) ? save : undefined}
          // merging and moving stay within a department
          targets={all.data.groups
            .filter((g) => g.departmentId === selectedDepartment)
            .flatMap((g) => g.initiatives.map((i) => ({ id: i.id, name: i.name, group: g.name })))}
          onMerged={setSelected}
          onNotice={edits.showNotice}
        />
      ) : null}
      {pending ? (
        <EditPrompt
          key={`${pending.entity}-${pending.id}-${pending.summary}`}
          summary={pending.summary}
          askReopen={pending.askReopen}
          saving={edits.saving}
          onCancel={() => {
            setPending(null);
            edits.revert();
          }}
          onSave={(reason, reopen) => {
            setPending(null);
            const { askReopen: _asked, ...req } = pending;
            void save(reopen ? withReopen(req) : req, reason);
          }}
        />
      ) : null}
    </div>
  );
}
