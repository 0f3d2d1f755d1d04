import { describe, expect, it } from "vitest";
import type { EditRequest } from "./edit-request";
import { afterRedo, afterUndo, dropNext, EMPTY_HISTORY, inverseEdit, nextRedo, nextUndo, recordEdit } from "./edit-history";

const move = (id: number, from: string, to: string): EditRequest => ({
  entity: "milestone",
  id,
  version: 1,
  summary: `${from} → ${to}`,
  changes: { date: to, rangeStart: to },
  previous: { date: from, rangeStart: from },
});
const progress: EditRequest = {
  entity: "initiative",
  id: 7,
  version: 2,
  summary: "进度",
  changes: { progress: 60 },
  previous: { progress: 40 },
};

describe("edit history", () => {
  it("starts empty: nothing to undo or redo", () => {
    expect(nextUndo(EMPTY_HISTORY)).toBeNull();
    expect(nextRedo(EMPTY_HISTORY)).toBeNull();
    expect(afterUndo(EMPTY_HISTORY)).toBe(EMPTY_HISTORY);
    expect(afterRedo(EMPTY_HISTORY)).toBe(EMPTY_HISTORY);
  });

  it("undoes several edits, newest first, each as the inverse edit", () => {
    let h = recordEdit(recordEdit(EMPTY_HISTORY, move(1, "2024-12-01", "2024-12-05")), progress);
    expect(nextUndo(h)).toMatchObject({ entity: "initiative", id: 7, changes: { progress: 40 }, previous: { progress: 60 } });
    h = afterUndo(h);
    expect(nextUndo(h)).toMatchObject({ id: 1, changes: { date: "2024-12-01" }, previous: { date: "2024-12-05" } });
    h = afterUndo(h);
    expect(nextUndo(h)).toBeNull();
    // redo goes the other way: the first undone last
    expect(nextRedo(h)).toMatchObject({ id: 1, changes: { date: "2024-12-05" } });
    h = afterRedo(h);
    expect(nextRedo(h)).toMatchObject({ id: 7, changes: { progress: 60 } });
    h = afterRedo(h);
    expect(nextRedo(h)).toBeNull();
    expect(nextUndo(h)).toMatchObject({ id: 7, changes: { progress: 40 } });
  });

  it("a new edit after an undo clears what could be redone", () => {
    const h = afterUndo(recordEdit(EMPTY_HISTORY, progress));
    expect(nextRedo(h)).not.toBeNull();
    const next = recordEdit(h, move(2, "2024-12-01", "2024-12-09"));
    expect(nextRedo(next)).toBeNull();
    expect(next.undo.map((e) => e.id)).toEqual([2]);
  });

  it("keeps only the newest edits up to the limit", () => {
    let h = EMPTY_HISTORY;
    for (let i = 1; i <= 5; i++) h = recordEdit(h, move(i, "2024-12-01", "2024-12-02"), 3);
    expect(h.undo.map((e) => e.id)).toEqual([3, 4, 5]);
  });

  it("drops a refused step and leaves the other stack alone", () => {
    const h = afterUndo(recordEdit(recordEdit(EMPTY_HISTORY, move(1, "a", "b")), progress));
    expect(dropNext(h, "undo")).toEqual({ undo: [], redo: h.redo });
    expect(dropNext(h, "redo")).toEqual({ undo: h.undo, redo: [] });
  });

  it("inverting twice gives the edit back, and never mutates its input", () => {
    const req = move(3, "2024-12-01", "2024-12-05");
    const copy = structuredClone(req);
    expect(inverseEdit(inverseEdit(req))).toEqual(req);
    expect(req).toEqual(copy);
  });
});
