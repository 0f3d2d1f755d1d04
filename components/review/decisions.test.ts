import { describe, expect, it } from "vitest";
import { completionChange, reportedMilestoneChange, reportedStateChange, silentChange } from "~/server/tracking/import/change-id";
import type { Change } from "~/server/tracking/types";
import {
  addedOf,
  addMilestone,
  canFix,
  canKeepManual,
  canReject,
  compactDecisions,
  crossGroupMove,
  decisionId,
  groupChoices,
  groupMoveOf,
  isRejected,
  mapOf,
  moveOf,
  removeAdded,
  setEntry,
  setFix,
  setGroupMove,
  setKeepManual,
  setMap,
  setMove,
  setRejected,
} from "./decisions";

// named as the tracker names them: entry o1/长沙佣金存管's 支付上线, its state, the entry's completion of 盘点
const base = {
  entry: 0,
  entryKey: "o1/长沙佣金存管",
  initiativeId: 3,
  initiativeName: "长沙佣金存管",
  group: "O1 业务服务",
  source: { line: 12, text: "…" },
};
const dateChange: Change = {
  ...base,
  ...reportedMilestoneChange("o1/长沙佣金存管", "支付|上线"),
  kind: "date_change",
  milestoneId: 9,
  title: "支付上线",
  oldDate: "2024-11-28",
  newDate: "2024-12-03",
  precision: "day",
  reason: null,
  conflict: true,
};
const stateChange: Change = {
  ...base,
  ...reportedStateChange("o1/长沙佣金存管", "支付|上线"),
  kind: "state_change",
  milestoneId: 9,
  title: "支付上线",
  oldState: "planned",
  newState: "done",
  reason: null,
  conflict: false,
};
const completion: Change = { ...stateChange, ...completionChange("o1/长沙佣金存管", "|盘点") };
const silent: Change = { ...base, ...silentChange(3), entry: null, entryKey: null, source: null, kind: "silent", lastSeenWeek: "2024-W47" };

describe("review decisions", () => {
  it("fixes a reported milestone's state change under the milestone's id, but rejects it on its own", () => {
    expect(decisionId(stateChange)).toBe("o1/长沙佣金存管:m:支付|上线");
    const d = setRejected({}, stateChange, true);
    expect(d.rejected).toEqual(["o1/长沙佣金存管:m:支付|上线:state"]);
    expect(isRejected(d, stateChange)).toBe(true);
    expect(isRejected(d, dateChange)).toBe(false);
  });

  it("moves a milestone to another entry, and back", () => {
    const d = setMove({}, dateChange, "o1/其他");
    expect(d.milestoneMoves).toEqual({ "o1/长沙佣金存管:m:支付|上线": { toEntry: "o1/其他" } });
    expect(moveOf(d, stateChange)).toBe("o1/其他");
    expect(setMove(d, dateChange, "o1/长沙佣金存管").milestoneMoves).toEqual({});
  });

  it("offers only what the tracker applies", () => {
    expect([dateChange, stateChange, completion, silent].map(canReject)).toEqual([true, true, true, false]);
    expect([dateChange, stateChange, completion, silent].map(canFix)).toEqual([true, true, false, false]);
    expect(canKeepManual(dateChange)).toBe(true);
    expect(canKeepManual(stateChange)).toBe(false);
  });

  it("toggles without duplicates and without mutating its input", () => {
    const d0 = { rejected: ["1:new"] };
    const d1 = setRejected(d0, dateChange, true);
    expect(setRejected(d1, dateChange, true).rejected).toEqual(["1:new", "o1/长沙佣金存管:m:支付|上线"]);
    expect(setRejected(d1, dateChange, false).rejected).toEqual(["1:new"]);
    expect(d0.rejected).toEqual(["1:new"]);
    expect(setKeepManual({}, dateChange, true).keepManual).toEqual(["o1/长沙佣金存管:m:支付|上线"]);
  });

  it("merges fixes field by field and clears empty ones", () => {
    const d1 = setFix({}, dateChange, { date: "2024-12-05" });
    const d2 = setFix(d1, stateChange, { state: "done" });
    expect(d2.milestoneFixes).toEqual({ "o1/长沙佣金存管:m:支付|上线": { date: "2024-12-05", state: "done" } });
    expect(setFix(setFix(d2, dateChange, { date: undefined }), dateChange, { state: undefined }).milestoneFixes).toEqual({});
    expect(d1.milestoneFixes).toEqual({ "o1/长沙佣金存管:m:支付|上线": { date: "2024-12-05" } });
  });

  it("renames or merges an entry and drops empty decisions", () => {
    const d1 = setEntry({}, "o1/x", { name: "  ", mergeIntoId: 7 });
    expect(d1.entries).toEqual({ "o1/x": { mergeIntoId: 7 } });
    expect(setEntry(d1, "o1/x", { mergeIntoId: undefined }).entries).toEqual({});
    expect(compactDecisions(setEntry(d1, "o1/x", { mergeIntoId: undefined }))).toEqual({});
  });

  it("adds a milestone from a line once per line, span and event, leaving out empty fields, and removes it", () => {
    const line = "2. 核心系统迁移：进度30%，12月10日切流";
    const d1 = addMilestone({}, { entryKey: "o1/x", line, span: line, event: " 切流 ", title: " ", date: "" });
    expect(d1.addedMilestones).toEqual([{ entryKey: "o1/x", line, event: "切流" }]);
    const d2 = addMilestone(d1, { entryKey: "o1/x", line, event: "切流", title: "核心切流", state: "planned" });
    expect(d2.addedMilestones).toEqual([{ entryKey: "o1/x", line, event: "切流", title: "核心切流", state: "planned" }]);
    const d3 = addMilestone(d2, { entryKey: "o1/x", line, span: "12月10日切流", event: "切流" });
    expect(addedOf(d3, "o1/x")).toHaveLength(2);
    expect(addedOf(d3, "o1/y")).toEqual([]);
    expect(removeAdded(d3, { entryKey: "o1/x", line, event: "切流" }).addedMilestones).toEqual([
      { entryKey: "o1/x", line, span: "12月10日切流", event: "切流" },
    ]);
    expect(d1.addedMilestones).toHaveLength(1);
    expect(compactDecisions(removeAdded(d1, d1.addedMilestones![0]!))).toEqual({});
  });

  it("maps a milestone onto a known one under its decision key, and unmaps it", () => {
    const d = setMap({}, dateChange, 42);
    expect(d.milestoneMaps).toEqual({ "o1/长沙佣金存管:m:支付|上线": { milestoneId: 42 } });
    expect(mapOf(d, stateChange)).toBe(42);
    expect(compactDecisions(d)).toEqual({ milestoneMaps: d.milestoneMaps });
    expect(compactDecisions(setMap(d, dateChange, undefined))).toEqual({});
  });
});

describe("moves across groups", () => {
  const entries = [
    { key: "o1/长沙佣金存管", name: "长沙佣金存管", group: "O1 业务服务" },
    { key: "o1/核心系统迁移", name: "核心系统迁移", group: "O1 业务服务" },
    { key: "o2/数仓治理", name: "数仓治理", group: "O2 数据平台" },
  ];

  it("keeps an entry's group move under its entry key, beside its other decisions, and takes it back", () => {
    const renamed = setEntry({}, "o1/长沙佣金存管", { name: "佣金存管" });
    const moved = setGroupMove(renamed, "o1/长沙佣金存管", " O2 数据平台 ");
    expect(groupMoveOf(moved, "o1/长沙佣金存管")).toBe("O2 数据平台");
    expect(groupMoveOf(moved, "o1/核心系统迁移")).toBeUndefined();
    expect(moved.entries).toEqual({ "o1/长沙佣金存管": { name: "佣金存管", group: "O2 数据平台" } });
    expect(renamed.entries).toEqual({ "o1/长沙佣金存管": { name: "佣金存管" } });
    const back = setGroupMove(moved, "o1/长沙佣金存管", undefined);
    expect(back.entries).toEqual({ "o1/长沙佣金存管": { name: "佣金存管" } });
    expect(compactDecisions(setGroupMove(setGroupMove({}, "o1/x", "O2"), "o1/x", ""))).toEqual({});
  });

  it("offers every other group once, the report's and the department's", () => {
    expect(groupChoices(["O1 业务服务", "O2 数据平台", "O1 业务服务", "", "O3 新组 "], "O1 业务服务")).toEqual(["O2 数据平台", "O3 新组"]);
  });

  it("asks to confirm a milestone's move only when it leaves its group, from where it is now", () => {
    expect(crossGroupMove({}, dateChange, entries, "o1/核心系统迁移")).toBeNull();
    expect(crossGroupMove({}, dateChange, entries, "o2/数仓治理")).toEqual({ from: entries[0], to: entries[2] });
    const moved = setMove({}, dateChange, "o2/数仓治理");
    expect(crossGroupMove(moved, dateChange, entries, "o1/核心系统迁移")).toEqual({ from: entries[2], to: entries[1] });
    expect(crossGroupMove({}, dateChange, entries, "o9/gone")).toBeNull();
  });
});
