// A change the user asked for on the timeline or in the detail panel, with
// the values it replaces (so it can be undone as a new edit).
import type { RouterInputs } from "~/server/api/root";

type MilestoneEditInput = RouterInputs["milestone"]["edit"];
type InitiativeEditInput = RouterInputs["initiative"]["edit"];

/** The fields milestone.edit changes: its input without the id, the expected version and the reason (one definition: the router's zod schema). */
export type MilestoneChanges = Omit<MilestoneEditInput, "id" | "expectedVersion" | "reason">;
/** The fields initiative.edit changes. */
export type InitiativeChanges = Omit<InitiativeEditInput, "id" | "expectedVersion" | "reason">;

export type EditRequest = { id: number; version: number; summary: string } & (
  | { entity: "milestone"; changes: MilestoneChanges; previous: MilestoneChanges }
  | { entity: "initiative"; changes: InitiativeChanges; previous: InitiativeChanges }
);

/** Saves the request with the reason; resolves to whether it was saved. */
export type SaveEdit = (req: EditRequest, reason: string | null) => Promise<boolean>;

/** A request waiting for the user's reason; `askReopen`: it moves a done milestone past today (reopen-milestone.ts). */
export type PendingEdit = EditRequest & { askReopen?: boolean };
