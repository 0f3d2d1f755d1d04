"use client";
// Saving the timeline's edits: an optimistic update of every cached timeline
// query, rollback (and a forced redraw of the chart) on error, and the
// session's undo/redo history (components/timeline/edit-history.ts): 撤销 and
// 重做 save the inverse (or the same) edit again through the same procedures,
// after checking nobody else changed the item meanwhile.
// https://tanstack.com/query/v5/docs/framework/react/guides/optimistic-updates
import { type QueryKey, useMutation, useQueryClient } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useCallback, useRef, useState } from "react";
import { afterRedo, afterUndo, dropNext, EMPTY_HISTORY, nextRedo, nextUndo, recordEdit } from "~/components/timeline/edit-history";
import type { EditRequest } from "~/components/timeline/edit-request";
import { withInitiativeEdit, withMilestoneEdit } from "~/components/timeline/optimistic-timeline";
import { versionIfUnchanged } from "~/components/timeline/unchanged-since";
import type { Timeline } from "~/server/tracking/types";
import { errorMessage } from "../_trpc/error-message";
import { useTRPC, useTRPCClient } from "../_trpc/provider";
import { messages } from "../../lib/messages";
import { refreshAfterWrite } from "../_trpc/refresh-after-write";

export type { EditRequest };
export type Notice = { kind: "ok" | "error" | "info"; text: string };
type Step = "edit" | "undo" | "redo";

function optimistic(t: Timeline, req: EditRequest): Timeline {
  if (req.entity === "milestone") return withMilestoneEdit(t, req.id, req.changes);
  const { groupName: _ignored, owner, ...patch } = req.changes;
  return withInitiativeEdit(t, req.id, owner === undefined ? patch : { ...patch, owner: owner.trim() || null });
}

/** The server refused because the item changed or went away: that history step can never apply. */
const isStale = (error: unknown) =>
  error instanceof TRPCClientError && ["CONFLICT", "NOT_FOUND"].includes((error.data as { code?: string } | undefined)?.code ?? "");

export function useTimelineEdits() {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [history, setHistory] = useState(EMPTY_HISTORY);
  /** bumped when the chart must redraw from the data (a cancelled or failed change) */
  const [revision, setRevision] = useState(0);
  const timelines = trpc.timeline.get.queryFilter();
  /** a step is being checked or saved: a second key press waits for it */
  const stepping = useRef(false);

  const mutation = useMutation({
    mutationFn: async ({ req, reason }: { req: EditRequest; reason: string | null; step: Step }) => {
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
    onError: (error, { req, step }, context) => {
      for (const [key, data] of (context?.snapshot ?? []) as [QueryKey, Timeline | undefined][]) queryClient.setQueryData(key, data);
      setRevision((r) => r + 1);
      if (step !== "edit" && isStale(error)) {
        setHistory((h) => dropNext(h, step));
        setNotice({ kind: "error", text: messages.editing.stale(req.summary) });
      } else setNotice({ kind: "error", text: messages.timeline.saveFailed(errorMessage(error)) });
    },
    onSuccess: ({ version }, { req, step }) => {
      const bump = (t: Timeline) =>
        req.entity === "milestone" ? withMilestoneEdit(t, req.id, { version }) : withInitiativeEdit(t, req.id, { version });
      queryClient.setQueriesData<Timeline>(timelines, (t) => (t ? bump(t) : t));
      const done = { edit: messages.timeline.saved, undo: messages.edit.undone, redo: messages.editing.redone };
      setNotice({ kind: "ok", text: done[step] });
      setHistory((h) => (step === "edit" ? recordEdit(h, req) : step === "undo" ? afterUndo(h) : afterRedo(h)));
    },
    onSettled: () => {
      void refreshAfterWrite(queryClient, trpc.timeline.pathKey(), trpc.initiative.pathKey());
    },
  });

  /** Saves the next undo or redo, when the item still holds what this session wrote. */
  const runStep = async (step: Exclude<Step, "edit">) => {
    const req = step === "undo" ? nextUndo(history) : nextRedo(history);
    if (!req || mutation.isPending || stepping.current) return;
    stepping.current = true;
    try {
      const fresh = await queryClient.fetchQuery({ ...trpc.timeline.get.queryOptions({}), staleTime: 0 });
      const version = versionIfUnchanged(fresh, req);
      if (version === null) {
        setHistory((h) => dropNext(h, step));
        return setNotice({ kind: "error", text: messages.editing.stale(req.summary) });
      }
      const reason = step === "undo" ? messages.edit.undoReason : messages.editing.redoReason;
      await mutation.mutateAsync({ req: { ...req, version }, reason, step }).catch(() => undefined);
    } catch (error) {
      setNotice({ kind: "error", text: messages.timeline.saveFailed(errorMessage(error)) });
    } finally {
      stepping.current = false;
    }
  };

  return {
    notice,
    clearNotice: useCallback(() => setNotice(null), []),
    showNotice: setNotice,
    revision,
    /** redraw the chart from the data, dropping what the mouse moved */
    revert: () => setRevision((r) => r + 1),
    saving: mutation.isPending,
    save: (req: EditRequest, reason: string | null) =>
      mutation.mutateAsync({ req, reason: reason?.trim() || null, step: "edit" }).then(
        () => true,
        () => false,
      ),
    /** the edits 撤销 and 重做 would save next, null when none */
    undo: nextUndo(history),
    redo: nextRedo(history),
    runUndo: () => void runStep("undo"),
    runRedo: () => void runStep("redo"),
  };
}
