// A change the user asked for on the timeline or in the detail panel, with
// the values it replaces (so it can be undone as a new edit).
export type MilestoneChanges = { date?: string; rangeStart?: string; state?: "planned" | "done" | "at_risk"; title?: string; initiativeId?: number };
export type InitiativeChanges = { progress?: number | null; startDate?: string; status?: "active" | "paused" | "done"; name?: string; groupName?: string };

export type EditRequest = { id: number; version: number; summary: string } & (
  | { entity: "milestone"; changes: MilestoneChanges; previous: MilestoneChanges }
  | { entity: "initiative"; changes: InitiativeChanges; previous: InitiativeChanges }
);

/** Saves the request with the reason; resolves to whether it was saved. */
export type SaveEdit = (req: EditRequest, reason: string | null) => Promise<boolean>;
