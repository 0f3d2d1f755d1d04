import { describe, expect, it } from "vitest";
import { interactionOf, toFrappeTasks } from "./frappe-bridge";
import type { GanttTask } from "./types";

const task = (over: Partial<GanttTask> = {}): GanttTask => ({
  id: "i-1",
  name: "项目",
  start: "2024-12-02",
  end: "2024-12-13",
  progress: 40,
  ...over,
});

describe("toFrappeTasks", () => {
  it("escapes names before frappe-gantt writes them with innerHTML", () => {
    expect(toFrappeTasks([task({ name: "<img src=x onerror=alert(1)>" })])[0]?.name).toBe("&lt;img src=x onerror=alert(1)&gt;");
  });

  it("hands over new objects every time, never the caller's", () => {
    const input = [task()];
    const a = toFrappeTasks(input);
    const b = toFrappeTasks(input);
    expect(a[0]).not.toBe(input[0]);
    expect(a[0]).not.toBe(b[0]);
    a[0]!._index = 3; // what frappe-gantt does
    expect(input[0]).not.toHaveProperty("_index");
  });

  it("keeps days as yyyy-MM-dd strings and ids as strings", () => {
    expect(toFrappeTasks([task()])[0]).toEqual({
      id: "i-1",
      name: "项目",
      start: "2024-12-02",
      end: "2024-12-13",
      progress: 40,
      dependencies: "",
    });
  });

  it("does not pass classes through (frappe-gantt accepts only one token; the wrapper adds them after render)", () => {
    expect(toFrappeTasks([task({ custom_class: "initiative is-slipped" })])[0]).not.toHaveProperty("custom_class");
  });

  it("clamps progress to 0–100 and rounds it", () => {
    expect(
      toFrappeTasks([task({ progress: 140 }), task({ progress: -3 }), task({ progress: 33.6 }), task({ progress: Number.NaN })]).map(
        (t) => t.progress,
      ),
    ).toEqual([100, 0, 34, 0]);
  });

  it("never gives frappe-gantt an end before the start (it would drop the task)", () => {
    expect(toFrappeTasks([task({ start: "2024-12-10", end: "2024-12-01" })])[0]).toMatchObject({ start: "2024-12-10", end: "2024-12-10" });
  });

  it("drops tasks whose days are not days", () => {
    expect(toFrappeTasks([task({ start: "2024-02-30" }), task({ id: "i-2", end: "" }), task({ id: "i-3" })]).map((t) => t.id)).toEqual([
      "i-3",
    ]);
  });

  it("joins dependencies the way frappe-gantt reads them", () => {
    expect(toFrappeTasks([task({ dependencies: ["a", "b"] })])[0]?.dependencies).toBe("a,b");
  });
});

describe("interactionOf", () => {
  it("defaults bars to full and diamonds to move", () => {
    expect(interactionOf(task())).toBe("full");
    expect(interactionOf(task({ shape: "diamond" }))).toBe("move");
    expect(interactionOf(task({ shape: "diamond", interaction: "none" }))).toBe("none");
  });
});
