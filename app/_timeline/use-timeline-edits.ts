"use client";
// Saving the timeline's edits: an optimistic update of every cached timeline
// query, rollback (and a forced redraw of the chart) on error, and an undo of
// the last change that saves the previous values as a new edit ("撤销").
// https://tanstack.com/query/v5/docs/framework/react/guides/optimistic-updates
import { type QueryKey, useMutation, useQueryClient } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import type { EditRequest } from "~/components/timeline/edit-request";
import { withInitiativeEdit, withMilestoneEdit } from "~/components/timeline/optimistic-timeline";
import type { Timeline } from "~/server/tracking/types";
import { errorMessage } from "../_trpc/error-message";
import { useTRPC, useTRPCClient } from "../_trpc/provider";
import { messages } from "../../lib/messages";

export type { EditRequest };
export type Notice = { kind: "ok" | "error" | "info"; text: string };

function optimistic(t: Timeline, req: EditRequest): Timeline {
  if (req.entity === "milestone") return withMilestoneEdit(t, req.id, req.changes);
  const { groupName: _ignored, ...patch } = req.changes;
  return withInitiativeEdit(t, req.id, patch);
}

export function useTimelineEdits() {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [undo, setUndo] = useState<EditRequest | null>(null);
  /** bumped when the chart must redraw from the data (a cancelled or failed change) */
  const [revision, setRevision] = useState(0);
  const timelines = trpc.timeline.get.queryFilter();

  const mutation = useMutation({
    mutationFn: async ({ req, reason }: { req: EditRequest; reason: string | null; isUndo: boolean }) => {
      const base = { id: req.id, expectedVersion: req.version, reason };
      if (req.entity === "milestone") return { version: (await client.milestone.edit.mutate({ ...base, ...req.changes })).version };
      return { version: (await client.initiative.edit.mutate({ ...base, ...req.changes })).version };
    },
    onMutate: async ({ req }) => {
      await queryClient.cancelQueries(timelines);
      const snapshot = queryClient.getQueriesData<Timeline>(timelines);
      queryClient.setQueriesData<Timeline>(timelines, (t) => (t ? optimistic(t, req) : t));
      return { snapshot };
    },
    onError: (error, _vars, context) => {
      for (const [key, data] of (context?.snapshot ?? []) as [QueryKey, Timeline | undefined][]) queryClient.setQueryData(key, data);
      setRevision((r) => r + 1);
      setNotice({ kind: "error", text: messages.timeline.saveFailed(errorMessage(error)) });
    },
    onSuccess: ({ version }, { req, isUndo }) => {
      const bump = (t: Timeline) =>
        req.entity === "milestone" ? withMilestoneEdit(t, req.id, { version }) : withInitiativeEdit(t, req.id, { version });
      queryClient.setQueriesData<Timeline>(timelines, (t) => (t ? bump(t) : t));
      setNotice({ kind: "ok", text: isUndo ? messages.edit.undone : messages.timeline.saved });
      setUndo(isUndo ? null : ({ ...req, version, changes: req.previous, previous: req.changes } as EditRequest));
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: trpc.timeline.pathKey() });
      void queryClient.invalidateQueries({ queryKey: trpc.initiative.pathKey() });
    },
  });

  return {
    notice,
    clearNotice: useCallback(() => setNotice(null), []),
    showNotice: setNotice,
    revision,
    /** redraw the chart from the data, dropping what the mouse moved */
    revert: () => setRevision((r) => r + 1),
    saving: mutation.isPending,
    save: (req: EditRequest, reason: string | null) =>
      mutation.mutateAsync({ req, reason: reason?.trim() || null, isUndo: false }).then(
        () => true,
        () => false,
      ),
    undo,
    runUndo: () => {
      if (undo) void mutation.mutateAsync({ req: undo, reason: messages.edit.undoReason, isUndo: true }).catch(() => undefined);
    },
  };
}
