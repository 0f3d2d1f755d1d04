"use client";
// The detail panel of the selected initiative: loads it, scrolls it into view.
import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import type { SaveEdit } from "~/components/timeline/edit-request";
import { InitiativePanel } from "~/components/timeline/initiative-panel";
import { errorMessage } from "../_trpc/error-message";
import { useTRPC } from "../_trpc/provider";
import { messages } from "../messages";

export function InitiativeDetailPanel({ id, onClose, onSave }: { id: number; onClose: () => void; onSave: SaveEdit; saving?: boolean }) {
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
      {detail.isError ? (
        <div className="notice error" role="alert">
          {errorMessage(detail.error)} <button type="button" onClick={onClose}>{messages.initiative.close}</button>
        </div>
      ) : null}
      {detail.data ? <InitiativePanel detail={detail.data} onClose={onClose} onSave={onSave} /> : null}
    </div>
  );
}
