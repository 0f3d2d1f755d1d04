import { describe, expect, it } from "vitest";
import { DragSession } from "./drag-session";
import type { DayRange } from "./scale";
import type { GanttTask } from "./types";

const bar: GanttTask = { id: "i-1", name: "项目", start: "2024-12-02", end: "2024-12-13", progress: 40 };
const diamond: GanttTask = { id: "m-1", name: "提测", start: "2024-12-17", end: "2024-12-17", progress: 0, shape: "diamond" };
const header: GanttTask = { id: "g-1", name: "组", start: "2024-12-01", end: "2024-12-31", progress: 0, interaction: "none" };
const tasks = [bar, diamond, header];
const byId = (id: string) => tasks.find((t) => t.id === id);

/** A session over `tasks` whose bars are read back as `drawn` says (unmoved bars as they were). */
function session() {
  const s = new DragSession();
  s.reset(tasks);
  return s;
}
const reading = (drawn: Record<string, DayRange>) => (id: string, before: DayRange) => drawn[id] ?? before;

describe("DragSession", () => {
  it("takes a mouse down and up without movement for a click", () => {
    const s = session();
    s.pointerDown("i-1");
    expect(s.pointerUp(reading({}), byId)).toEqual({ changes: [], redraw: false });
    expect(s.isClickAfterDrag()).toBe(false);
  });

  it("reports a moved full bar once with its new days, and knows them from then on", () => {
    const s = session();
    const moved = { start: "2024-12-05", end: "2024-12-16" };
    s.pointerDown("i-1");
    s.dateTouched("i-1");
    expect(s.pointerUp(reading({ "i-1": moved }), byId)).toEqual({ changes: [{ task: bar, range: moved }], redraw: false });
    expect(s.isClickAfterDrag()).toBe(true);

    // the next gesture starts from the new days: the same bar unmoved reports nothing
    const befores: DayRange[] = [];
    s.pointerDown("i-1");
    expect(s.isClickAfterDrag()).toBe(false);
    expect(s.pointerUp((_id, before) => (befores.push(before), moved), byId)).toEqual({ changes: [], redraw: false });
    expect(befores).toEqual([moved]);
  });

  it("reports a moved diamond that keeps its length", () => {
    const s = session();
    s.pointerDown("m-1");
    const later = { start: "2024-12-24", end: "2024-12-24" };
    expect(s.pointerUp(reading({ "m-1": later }), byId)).toEqual({ changes: [{ task: diamond, range: later }], redraw: false });
  });

  it("refuses a move bar whose length changed and asks for a redraw", () => {
    const s = session();
    s.pointerDown("m-1");
    expect(s.pointerUp(reading({ "m-1": { start: "2024-12-17", end: "2024-12-19" } }), byId)).toEqual({ changes: [], redraw: true });
    expect(s.isClickAfterDrag()).toBe(true);
    // still known at its old days
    s.pointerDown("m-1");
    expect(s.pointerUp(reading({}), byId)).toEqual({ changes: [], redraw: false });
  });

  it("refuses any change to a none bar", () => {
    const s = session();
    s.pointerDown("g-1");
    expect(s.pointerUp(reading({ "g-1": { start: "2024-12-08", end: "2025-01-07" } }), byId)).toEqual({ changes: [], redraw: true });
  });

  it("reports nothing for a bar touched but not changed", () => {
    const s = session();
    s.pointerDown(null);
    s.dateTouched("i-1");
    expect(s.pointerUp(reading({}), byId)).toEqual({ changes: [], redraw: false });
    expect(s.isClickAfterDrag()).toBe(false);
  });

  it("reads only the bars touched since the last mouse up, and skips unknown or undrawn ones", () => {
    const s = session();
    const read: string[] = [];
    s.pointerDown("x-9");
    s.dateTouched("i-1");
    s.pointerUp((id, before) => (read.push(id), before), byId);
    expect(read).toEqual(["i-1"]); // x-9 has no known range
    expect(s.pointerUp((id, before) => (read.push(id), before), byId)).toEqual({ changes: [], redraw: false });
    expect(read).toEqual(["i-1"]);
    s.pointerDown("i-1");
    expect(s.pointerUp(() => null, byId)).toEqual({ changes: [], redraw: false });
  });

  it("forgets touched bars and reported days when the tasks are drawn again", () => {
    const s = session();
    s.pointerDown("i-1");
    s.pointerUp(reading({ "i-1": { start: "2024-12-05", end: "2024-12-16" } }), byId);
    s.dateTouched("m-1");
    s.reset(tasks);
    const befores: DayRange[] = [];
    expect(s.pointerUp((_id, before) => (befores.push(before), before), byId)).toEqual({ changes: [], redraw: false });
    expect(befores).toEqual([]);
    s.pointerDown("i-1");
    s.pointerUp((_id, before) => (befores.push(before), before), byId);
    expect(befores).toEqual([{ start: "2024-12-02", end: "2024-12-13" }]);
  });

  it("knows a task whose end is before its start as one day at its start", () => {
    const s = new DragSession();
    const backwards = { ...bar, end: "2024-11-30" };
    s.reset([backwards]);
    const befores: DayRange[] = [];
    s.pointerDown("i-1");
    s.pointerUp(
      (_id, before) => (befores.push(before), before),
      () => backwards,
    );
    expect(befores).toEqual([{ start: "2024-12-02", end: "2024-12-02" }]);
  });

  it("reports progress on a full bar, rounded; on other bars asks for a redraw", () => {
    const s = session();
    s.pointerDown("i-1");
    expect(s.progressChanged(bar, 62.6)).toEqual({ kind: "report", task: bar, progress: 63 });
    expect(s.isClickAfterDrag()).toBe(true);
    expect(s.progressChanged(diamond, 50)).toEqual({ kind: "redraw" });
    expect(s.progressChanged(header, 50)).toEqual({ kind: "redraw" });
    expect(s.progressChanged(undefined, 50)).toEqual({ kind: "redraw" });
  });
});
