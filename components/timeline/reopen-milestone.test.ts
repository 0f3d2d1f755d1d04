import { describe, expect, it } from "vitest";
import type { EditRequest } from "./edit-request";
import { asksToReopen, withReopen } from "./reopen-milestone";

describe("asksToReopen", () => {
  it("asks only for a done milestone moved after today", () => {
    expect(asksToReopen({ state: "done" }, "2024-12-21", "2024-12-20")).toBe(true);
    expect(asksToReopen({ state: "done" }, "2024-12-20", "2024-12-20")).toBe(false);
    expect(asksToReopen({ state: "done" }, "2024-11-01", "2024-12-20")).toBe(false);
    expect(asksToReopen({ state: "planned" }, "2025-01-01", "2024-12-20")).toBe(false);
    expect(asksToReopen({ state: "at_risk" }, "2025-01-01", "2024-12-20")).toBe(false);
  });
});

describe("withReopen", () => {
  const move: EditRequest = {
    entity: "milestone",
    id: 5,
    version: 3,
    summary: "里程碑「上线」日期：2024-12-01 → 2025-01-10",
    changes: { date: "2025-01-10", rangeStart: "2025-01-10" },
    previous: { date: "2024-12-01", rangeStart: "2024-12-01" },
  };

  it("adds the state back to planned to the move, so one undo restores both", () => {
    expect(withReopen(move)).toEqual({
      ...move,
      summary: "里程碑「上线」日期：2024-12-01 → 2025-01-10，并重新打开",
      changes: { date: "2025-01-10", rangeStart: "2025-01-10", state: "planned" },
      previous: { date: "2024-12-01", rangeStart: "2024-12-01", state: "done" },
    });
    expect(move.changes).toEqual({ date: "2025-01-10", rangeStart: "2025-01-10" });
  });

  it("leaves an initiative's edit as it is", () => {
    const progress: EditRequest = {
      entity: "initiative",
      id: 1,
      version: 1,
      summary: "",
      changes: { progress: 5 },
      previous: { progress: 1 },
    };
    expect(withReopen(progress)).toBe(progress);
  });
});
