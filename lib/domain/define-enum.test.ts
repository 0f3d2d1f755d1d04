import { describe, expect, it } from "vitest";
import { MilestoneStates, parseMilestoneState } from "./milestone-state";
import { ViewModes } from "./view-mode";

describe("defineEnum", () => {
  it("parses a known value and refuses an unknown one by name", () => {
    expect(parseMilestoneState("at_risk")).toBe("at_risk");
    expect(() => parseMilestoneState("late")).toThrow(/MilestoneState: unknown value "late"/);
    expect(() => parseMilestoneState(null)).toThrow(/MilestoneState/);
  });
  it("tells its values from others", () => {
    expect(MilestoneStates.is("done")).toBe(true);
    expect(MilestoneStates.is("Done")).toBe(false);
    expect(ViewModes.is("Month")).toBe(true);
    expect(ViewModes.is("Year")).toBe(false);
  });
});
