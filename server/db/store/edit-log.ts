import type { Tx } from "../create-client";

export interface EditLogInput {
  entity: "initiative" | "milestone";
  entityId: number;
  field: string;
  oldValue: string | null;
  newValue: string | null;
  reason: string | null;
  actor: string;
}

/** Who changed what by hand, old → new, and why: kept for the detail panel's history. */
export async function appendEditLog(tx: Tx, entries: readonly EditLogInput[]): Promise<void> {
  if (entries.length) await tx.editLog.createMany({ data: [...entries] });
}
