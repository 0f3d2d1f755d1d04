import { describe, expect, it } from "vitest";
import { MilestoneStates, parseMilestoneState } from "./milestone-state";
import { ViewModes } from "./view-mode";

describe("defineEnum", () => {
  it("parses a known value and refuses an unknown one by name", () => {
    expect(parseMilestoneState("at_risk")).toBe("at_risk");
    expect(() => parseMilestoneState("late")).toThrow(/MilestoneState: unknown value "late"/);
    expect(() => parseMilestoneState(null)).toThrow(/MilestoneState/);
  });
  it("gives zod the same values", () => {
    expect(MilestoneStates.schema.safeParse("done").success).toBe(true);
    expect(MilestoneStates.schema.safeParse("Done").success).toBe(false);
    expect(ViewModes.is("Month")).toBe(true);
    expect(ViewModes.is("Year")).toBe(false);
  });
});
