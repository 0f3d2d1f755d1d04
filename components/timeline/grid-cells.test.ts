import { describe, expect, it } from "vitest";
import { fixtureTimeline } from "../testing/timeline-fixture";
import { gridCell } from "./grid-cells";
import { timelineTasks } from "./timeline-tasks";

const { refs } = timelineTasks(fixtureTimeline());
const cell = (id: string, column: Parameters<typeof gridCell>[1]) => gridCell(refs.get(id), column);

describe("gridCell", () => {
  it("gives an initiative its progress, planned and current end, slip, status and last report week", () => {
    expect(cell("i-1", "progress")).toEqual({ text: "60%" });
    expect(cell("i-1", "baseline")).toEqual({ text: "2025-01-15" });
    expect(cell("i-1", "end")).toEqual({ text: "2025-01-15" });
    expect(cell("i-1", "slip")).toEqual({ text: "+7", tone: "slip" });
    expect(cell("i-1", "state")).toEqual({ text: "进行中" });
    expect(cell("i-1", "week")).toEqual({ text: "2024-W50" });
  });

  it("gives an initiative its owner, a dash when none is known, and a milestone no owner", () => {
    const t = fixtureTimeline();
    t.groups[0]!.initiatives[0]!.owner = "张三";
    const owned = timelineTasks(t).refs;
    expect(gridCell(owned.get("i-1"), "owner")).toEqual({ text: "张三" });
    expect(cell("i-1", "owner")).toEqual({ text: "—", tone: "muted" });
    expect(cell("m-11", "owner")).toEqual({ text: "" });
  });

  it("gives a milestone its baseline, date, slip and state, and no progress or week", () => {
    expect(cell("m-11", "baseline")).toEqual({ text: "2024-12-10" });
    expect(cell("m-11", "end")).toEqual({ text: "2024-12-17" });
    expect(cell("m-11", "slip")).toEqual({ text: "+7", tone: "slip" });
    expect(cell("m-11", "state")).toEqual({ text: "已逾期", tone: "overdue" });
    expect(cell("m-12", "state")).toEqual({ text: "有风险", tone: "at-risk" });
    expect(cell("m-10", "state")).toEqual({ text: "已完成", tone: "done" });
    expect(cell("m-11", "progress")).toEqual({ text: "" });
    expect(cell("m-11", "week")).toEqual({ text: "" });
  });

  it("colours a large slip apart from a small one, and an early date apart from both", () => {
    const t = fixtureTimeline();
    const ms = t.groups[0]!.initiatives[0]!.milestones[0]!;
    Object.assign(ms, { slipDays: 21 });
    expect(gridCell({ kind: "milestone", milestone: ms, initiative: t.groups[0]!.initiatives[0]! }, "slip")).toEqual({
      text: "+21",
      tone: "slip-major",
    });
    Object.assign(ms, { slipDays: -3 });
    expect(gridCell({ kind: "milestone", milestone: ms, initiative: t.groups[0]!.initiatives[0]! }, "slip")).toEqual({
      text: "−3",
      tone: "ahead",
    });
  });

  it("leaves group rows and unknown rows empty", () => {
    expect(cell("g-1", "end")).toEqual({ text: "" });
    expect(gridCell(undefined, "slip")).toEqual({ text: "" });
  });

  it("marks an initiative without progress, and a silent one's week, as muted", () => {
    expect(cell("i-4", "progress")).toMatchObject({ tone: "muted" });
  });
});
