import { describe, expect, it } from "vitest";
import { fixtureTimeline } from "~/components/testing/timeline-fixture";
import { chartEditRequests } from "./chart-edit-requests";
import type { EditRequest, Notice } from "./use-timeline-edits";

function setup() {
  const asked: EditRequest[] = [];
  const notices: Notice[] = [];
  let reverts = 0;
  const ask = chartEditRequests({ onAsk: (r) => asked.push(r), onNotice: (n) => notices.push(n), onRevert: () => reverts++ });
  return { ask, asked, notices, reverts: () => reverts };
}

describe("chartEditRequests", () => {
  it("asks about a dragged milestone with its old values kept for undo", () => {
    const { ask, asked } = setup();
    ask.milestoneDate(fixtureTimeline(), { milestoneId: 12, version: 2, date: "2025-01-22", rangeStart: "2025-01-18" });
    expect(asked).toEqual([
      {
        entity: "milestone",
        id: 12,
        version: 2,
        summary: "里程碑「上线」日期：2025-01-15 → 2025-01-22",
        changes: { date: "2025-01-22", rangeStart: "2025-01-18" },
        previous: { date: "2025-01-15", rangeStart: "2025-01-11" },
        // not done: nothing to reopen
        askReopen: false,
      },
    ]);
  });

  it("saves only the start of a moved bar: its end follows the milestones", () => {
    const { ask, asked } = setup();
    ask.initiativeDates(fixtureTimeline(), { initiativeId: 2, version: 1, startDate: "2024-11-21", endDate: "2024-12-30" });
    expect(asked[0]).toMatchObject({
      entity: "initiative",
      id: 2,
      changes: { startDate: "2024-11-21" },
      previous: { startDate: "2024-11-18" },
    });
    expect(asked[0]!.summary).toContain("结束日期跟随最后一个里程碑");
  });

  it("puts back a bar whose end alone was dragged and says why", () => {
    const { ask, asked, notices, reverts } = setup();
    ask.initiativeDates(fixtureTimeline(), { initiativeId: 2, version: 1, startDate: "2024-11-18", endDate: "2025-01-02" });
    expect(asked).toEqual([]);
    expect(reverts()).toBe(1);
    expect(notices).toEqual([{ kind: "info", text: "结束日期由最后一个里程碑决定，拖动结束端不会保存；请拖动里程碑" }]);
  });

  it("asks about progress, and ignores an unchanged value or an unknown id", () => {
    const { ask, asked, reverts } = setup();
    ask.progress(fixtureTimeline(), { initiativeId: 1, version: 4, progress: 75 });
    ask.progress(fixtureTimeline(), { initiativeId: 1, version: 4, progress: 60 });
    ask.milestoneDate(fixtureTimeline(), { milestoneId: 999, version: 1, date: "2025-01-01", rangeStart: "2025-01-01" });
    expect(asked.map((r) => r.summary)).toEqual(["「长沙佣金存管」进度：60% → 75%"]);
    expect(reverts()).toBe(2);
  });
});
