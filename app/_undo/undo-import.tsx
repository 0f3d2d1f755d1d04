"use client";
// 撤销本次导入: on the report page and right after a commit.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ConfirmUndo } from "~/components/undo/confirm-undo";
import { messages } from "~/lib/messages";
import { errorMessage } from "../_trpc/error-message";
import { useTRPC } from "../_trpc/provider";
import { refreshAfterWrite } from "../_trpc/refresh-after-write";

const u = messages.undo;

export function UndoImport({
  reportId,
  departmentId,
  week,
  onDone,
}: {
  reportId: number;
  departmentId: number;
  week: string;
  onDone: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const state = useQuery(trpc.undo.importState.queryOptions({ reportId }));
  const undo = useMutation(trpc.undo.import.mutationOptions());
  if (!state.data?.recorded) return null;
  return (
    <div className="stack" data-undo="import">
      <ConfirmUndo
        button={u.importButton}
        question={u.importConfirm(week)}
        pending={undo.isPending}
        blocked={state.data.latest ? null : u.notLatest}
        onConfirm={() =>
          undo.mutate(
            { reportId, departmentId },
            {
              onSuccess: async () => {
                await refreshAfterWrite(queryClient);
                onDone();
              },
              onError: (e) => setError(errorMessage(e)),
            },
          )
        }
      />
      {error ? (
        <div className="notice error" role="alert">
          {error}
        </div>
      ) : null}
    </div>
  );
}
