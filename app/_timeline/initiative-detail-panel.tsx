"use client";
// The detail panel of the selected initiative: loads it, scrolls it into view,
// wires its edits (through the timeline's save) and merging.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import type { SaveEdit } from "~/components/timeline/edit-request";
import { InitiativePanel } from "~/components/timeline/initiative-panel";
import type { MergeTarget } from "~/components/timeline/panel-edit-forms";
import { errorMessage } from "../_trpc/error-message";
import { useTRPC, useTRPCClient } from "../_trpc/provider";
import { messages } from "../../lib/messages";
import type { Notice } from "./use-timeline-edits";
import { UndoMerge } from "../_undo/undo-merge";
import { refreshAfterWrite } from "../_trpc/refresh-after-write";

export interface InitiativeDetailPanelProps {
  id: number;
  onClose: () => void;
  /** editing and merging; the panel is read-only without it (a viewer) */
  onSave?: SaveEdit;
  targets: MergeTarget[];
  /** after a merge: show the initiative it went into */
  onMerged: (targetId: number) => void;
  onNotice: (notice: Notice) => void;
}

export function InitiativeDetailPanel({ id, onClose, onSave, targets, onMerged, onNotice }: InitiativeDetailPanelProps) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const detail = useQuery(trpc.initiative.detail.queryOptions({ id }));
  const follows = useQuery(trpc.subscription.follows.queryOptions());
  const following = follows.data?.some((f) => f.initiativeId === id) ?? false;
  const refreshFollows = () => refreshAfterWrite(queryClient, trpc.subscription.follows.queryKey());
  const onFollowError = (error: unknown) => onNotice({ kind: "error", text: messages.timeline.saveFailed(errorMessage(error)) });
  const toggleFollow = useMutation({
    mutationFn: (follow: boolean) =>
      follow ? client.subscription.follow.mutate({ initiativeId: id }) : client.subscription.unfollow.mutate({ initiativeId: id }),
    onSuccess: refreshFollows,
    onError: onFollowError,
  });
  const ref = useRef<HTMLDivElement>(null);
  const loadedId = detail.data?.id;
  useEffect(() => {
    if (loadedId !== undefined) ref.current?.scrollIntoView({ behavior: "smooth", block: "nearest" });
  }, [loadedId]);

  const onMerge = async (targetId: number, reason: string | null) => {
    try {
      const merged = await client.initiative.merge.mutate({ sourceId: id, targetId, reason });
      onNotice({ kind: "ok", text: messages.initiative.merged(merged.name) });
      onMerged(targetId);
      return true;
    } catch (error) {
      onNotice({ kind: "error", text: messages.timeline.saveFailed(errorMessage(error)) });
      return false;
    } finally {
      void refreshAfterWrite(queryClient, trpc.timeline.pathKey(), trpc.initiative.pathKey());
    }
  };

  return (
    <div ref={ref}>
      {detail.isPending ? <div className="card muted">{messages.common.loading}</div> : null}
      {detail.isError ? (
        <div className="notice error" role="alert">
          {errorMessage(detail.error)}{" "}
          <button type="button" onClick={onClose}>
            {messages.initiative.close}
          </button>
        </div>
      ) : null}
      {detail.data && onSave ? <UndoMerge initiativeId={id} onNotice={onNotice} /> : null}
      {detail.data ? (
        <InitiativePanel
          detail={detail.data}
          onClose={onClose}
          onSave={onSave}
          merge={onSave ? { targets, onMerge } : undefined}
          follow={
            follows.data ? { following, pending: toggleFollow.isPending, onToggle: () => toggleFollow.mutate(!following) } : undefined
          }
        />
      ) : null}
    </div>
  );
}
