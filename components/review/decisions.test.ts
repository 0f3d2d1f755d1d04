import { describe, expect, it } from "vitest";
import { completionChange, reportedMilestoneChange, reportedStateChange, silentChange } from "~/server/tracking/import/change-id";
import type { Change } from "~/server/tracking/types";
import {
  canFix,
  canKeepManual,
  canReject,
  compactDecisions,
  decisionId,
  isRejected,
  moveOf,
  setEntry,
  setFix,
  setKeepManual,
  setMove,
  setRejected,
} from "./decisions";

// named as the tracker names them: entry 0's milestone 1, its state, entry 0's first completion
const base = { entry: 0, initiativeId: 3, initiativeName: "长沙佣金存管", group: "O1 业务服务", source: { line: 12, text: "…" } };
const dateChange: Change = {
  ...base,
  ...reportedMilestoneChange(0, 1),
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
  ...reportedStateChange(0, 1),
  kind: "state_change",
  milestoneId: 9,
  title: "支付上线",
  oldState: "planned",
  newState: "done",
  reason: null,
  conflict: false,
};
const completion: Change = { ...stateChange, ...completionChange(0, 0) };
const silent: Change = { ...base, ...silentChange(3), entry: null, source: null, kind: "silent", lastSeenWeek: "2024-W47" };

describe("review decisions", () => {
  it("fixes a reported milestone's state change under the milestone's id, but rejects it on its own", () => {
    expect(decisionId(stateChange)).toBe("0:m1");
    const d = setRejected({}, stateChange, true);
    expect(d.rejected).toEqual(["0:m1:state"]);
    expect(isRejected(d, stateChange)).toBe(true);
    expect(isRejected(d, dateChange)).toBe(false);
  });

  it("moves a milestone to another entry, and back", () => {
    const d = setMove({}, dateChange, 2);
    expect(d.milestoneMoves).toEqual({ "0:m1": { toEntry: 2 } });
    expect(moveOf(d, stateChange)).toBe(2);
    expect(setMove(d, dateChange, 0).milestoneMoves).toEqual({});
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
    expect(setRejected(d1, dateChange, true).rejected).toEqual(["1:new", "0:m1"]);
    expect(setRejected(d1, dateChange, false).rejected).toEqual(["1:new"]);
    expect(d0.rejected).toEqual(["1:new"]);
    expect(setKeepManual({}, dateChange, true).keepManual).toEqual(["0:m1"]);
  });

  it("merges fixes field by field and clears empty ones", () => {
    const d1 = setFix({}, dateChange, { date: "2024-12-05" });
    const d2 = setFix(d1, stateChange, { state: "done" });
    expect(d2.milestoneFixes).toEqual({ "0:m1": { date: "2024-12-05", state: "done" } });
    expect(setFix(setFix(d2, dateChange, { date: undefined }), dateChange, { state: undefined }).milestoneFixes).toEqual({});
    expect(d1.milestoneFixes).toEqual({ "0:m1": { date: "2024-12-05" } });
  });

  it("renames or merges an entry and drops empty decisions", () => {
    const d1 = setEntry({}, 2, { name: "  ", mergeIntoId: 7 });
    expect(d1.entries).toEqual({ 2: { mergeIntoId: 7 } });
    expect(setEntry(d1, 2, { mergeIntoId: undefined }).entries).toEqual({});
    expect(compactDecisions(setEntry(d1, 2, { mergeIntoId: undefined }))).toEqual({});
  });
});
