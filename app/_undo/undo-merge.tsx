"use client";
// 撤销合并 in the initiative panel: shown on the initiative a merge went into, while it is the department's latest write.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ConfirmUndo } from "~/components/undo/confirm-undo";
import { messages } from "~/lib/messages";
import { errorMessage } from "../_trpc/error-message";
import { useTRPC } from "../_trpc/provider";
import { refreshAfterWrite } from "../_trpc/refresh-after-write";

const u = messages.undo;

export function UndoMerge({
  initiativeId,
  onNotice,
}: {
  initiativeId: number;
  onNotice: (n: { kind: "ok" | "error"; text: string }) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const state = useQuery(trpc.undo.mergeState.queryOptions({ initiativeId }));
  const undo = useMutation(trpc.undo.merge.mutationOptions());
  if (!state.data?.recorded || !state.data.latest) return null;
  const label = state.data.label ?? "";
  return (
    <div data-undo="merge">
      <ConfirmUndo
        button={u.mergeButton}
        question={u.mergeConfirm(label)}
        pending={undo.isPending}
        onConfirm={() =>
          undo.mutate(
            { initiativeId },
            {
              onSuccess: async () => {
                onNotice({ kind: "ok", text: u.mergeDone(label) });
                await refreshAfterWrite(queryClient);
              },
              onError: (e) => onNotice({ kind: "error", text: errorMessage(e) }),
            },
          )
        }
      />
    </div>
  );
}
