// The session's own edits, for 撤销 and 重做: two stacks of saved edits. An
// entry is the edit as it was saved (`changes` written over `previous`); its
// undo is the same edit the other way round, saved through the same procedure
// so it is checked and logged like any edit. Pure: the hook keeps it in state.
import type { EditRequest } from "./edit-request";

export interface EditHistory {
  /** saved edits, oldest first: the last is the next to undo */
  undo: readonly EditRequest[];
  /** undone edits, the last undone last: the next to redo */
  redo: readonly EditRequest[];
}

/** How many edits a session keeps: older ones fall off the bottom. */
export const HISTORY_LIMIT = 50;

export const EMPTY_HISTORY: EditHistory = { undo: [], redo: [] };

/** The same edit the other way round: writes `previous` back over `changes`. */
export function inverseEdit(req: EditRequest): EditRequest {
  return { ...req, changes: req.previous, previous: req.changes } as EditRequest;
}

/** A new edit was saved: it is the next to undo, and what was undone can no longer be redone. */
export function recordEdit(history: EditHistory, saved: EditRequest, limit = HISTORY_LIMIT): EditHistory {
  return { undo: [...history.undo, saved].slice(-limit), redo: [] };
}

/** The edit 撤销 would save now, or null when there is nothing to undo. */
export function nextUndo(history: EditHistory): EditRequest | null {
  const top = history.undo.at(-1);
  return top ? inverseEdit(top) : null;
}

/** The edit 重做 would save now, or null when there is nothing to redo. */
export function nextRedo(history: EditHistory): EditRequest | null {
  return history.redo.at(-1) ?? null;
}

/** The last edit was undone: it moves to the redo stack. */
export function afterUndo(history: EditHistory): EditHistory {
  const top = history.undo.at(-1);
  return top ? { undo: history.undo.slice(0, -1), redo: [...history.redo, top] } : history;
}

/** The last undone edit was saved again: it moves back to the undo stack. */
export function afterRedo(history: EditHistory): EditHistory {
  const top = history.redo.at(-1);
  return top ? { undo: [...history.undo, top], redo: history.redo.slice(0, -1) } : history;
}

/** The next undo (or redo) can no longer be applied (someone else changed the item): it is dropped. */
export function dropNext(history: EditHistory, which: "undo" | "redo"): EditHistory {
  return which === "undo" ? { ...history, undo: history.undo.slice(0, -1) } : { ...history, redo: history.redo.slice(0, -1) };
}
