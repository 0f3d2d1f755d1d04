// A done milestone moved to a day after today is no longer plausibly done: the
// user is asked whether to reopen it (back to planned) or keep it done.
import { messages } from "~/lib/messages";
import type { EditRequest } from "./edit-request";

/** Whether moving `milestone` to `newDate` should ask about reopening it (yyyy-MM-dd compares as text). */
export function asksToReopen(milestone: { state: string }, newDate: string, today: string): boolean {
  return milestone.state === "done" && newDate > today;
}

/** The move, and the state back to planned, as one edit (one undo step). */
export function withReopen(req: EditRequest): EditRequest {
  if (req.entity !== "milestone") return req;
  return {
    ...req,
    summary: messages.editing.reopenSummary(req.summary),
    changes: { ...req.changes, state: "planned" },
    previous: { ...req.previous, state: "done" },
  };
}
