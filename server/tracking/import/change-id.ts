// The only place that knows how the changes of a preview are named. A change
// carries its id (what a rejection names), the key its other decisions are
// stored under, and what the PM may decide about it, so the review never reads
// an id. Ids are stable within one preview: by the entry's index in the report
// and the item's index in the entry.
import type { Change } from "../types";

/** What names a change and what may be decided about it. */
export type ChangeHandle = Pick<Change, "id" | "decisionKey" | "canReject" | "canFix">;

function handle(id: string, can: { reject: boolean; fix: boolean }, decisionKey = id): ChangeHandle {
  return { id, decisionKey, canReject: can.reject, canFix: can.fix };
}

const REJECT_ONLY = { reject: true, fix: false };
const REJECT_OR_FIX = { reject: true, fix: true };

/** The entry names an initiative not known yet: rejecting it imports nothing of the entry. */
export const newInitiativeChange = (entry: number) => handle(`${entry}:new`, REJECT_ONLY);

export const progressChange = (entry: number) => handle(`${entry}:progress`, REJECT_ONLY);

export const statusChange = (entry: number) => handle(`${entry}:status`, REJECT_ONLY);

/**
 * The `k`th milestone the entry reports: its date (or it being new) is this
 * change; its fix, its move to another entry and keeping a manual value over
 * it are all stored under this id.
 */
export const reportedMilestoneChange = (entry: number, k: number) => handle(`${entry}:m${k}`, REJECT_OR_FIX);

/** The state of the same reported milestone: rejected on its own, fixed (and kept manual) with the milestone. */
export function reportedStateChange(entry: number, k: number): ChangeHandle {
  const milestone = reportedMilestoneChange(entry, k);
  return handle(`${milestone.id}:state`, REJECT_OR_FIX, milestone.decisionKey);
}

/** The `k`th dateless completion (`…已完成`) of the entry: it can be rejected, but has no date or state to fix. */
export const completionChange = (entry: number, k: number) => handle(`${entry}:c${k}`, REJECT_ONLY);

/** A known initiative the report does not mention: a notice, nothing to decide. */
export const silentChange = (initiativeId: number) => handle(`silent:${initiativeId}`, { reject: false, fix: false });
