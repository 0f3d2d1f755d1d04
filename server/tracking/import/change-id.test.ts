import { describe, expect, it } from "vitest";
import {
  completionChange,
  newInitiativeChange,
  progressChange,
  reportedMilestoneChange,
  reportedStateChange,
  silentChange,
  statusChange,
} from "./change-id";

describe("change ids", () => {
  it("names an entry's changes by its index, and a milestone's by its index in the entry", () => {
    expect(
      [newInitiativeChange(2), progressChange(2), statusChange(2), reportedMilestoneChange(2, 1), completionChange(2, 0)].map((c) => c.id),
    ).toEqual(["2:new", "2:progress", "2:status", "2:m1", "2:c0"]);
    expect(silentChange(7).id).toBe("silent:7");
  });

  it("gives every id apart: no two changes of one preview share one", () => {
    const ids = [
      newInitiativeChange(1),
      progressChange(1),
      statusChange(1),
      reportedMilestoneChange(1, 1),
      reportedStateChange(1, 1),
      completionChange(1, 1),
      silentChange(1),
      reportedMilestoneChange(11, 1),
      reportedMilestoneChange(1, 11),
    ].map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("stores a reported state's fix under its milestone, but rejects it on its own", () => {
    expect(reportedStateChange(0, 1)).toEqual({ id: "0:m1:state", decisionKey: "0:m1", canReject: true, canFix: true });
    expect(reportedMilestoneChange(0, 1).decisionKey).toBe("0:m1");
  });

  it("decides every other change under its own id", () => {
    for (const c of [newInitiativeChange(0), progressChange(0), statusChange(0), completionChange(0, 0), silentChange(3)])
      expect(c.decisionKey).toBe(c.id);
  });

  it("lets the PM fix only reported milestones, and reject anything but a silent initiative", () => {
    const all = [
      newInitiativeChange(0),
      progressChange(0),
      statusChange(0),
      reportedMilestoneChange(0, 0),
      reportedStateChange(0, 0),
      completionChange(0, 0),
      silentChange(3),
    ];
    expect(all.map((c) => c.canFix)).toEqual([false, false, false, true, true, false, false]);
    expect(all.map((c) => c.canReject)).toEqual([true, true, true, true, true, true, false]);
  });
});
