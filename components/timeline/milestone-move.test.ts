import { describe, expect, it } from "vitest";
import { movedMilestone } from "./milestone-move";

describe("movedMilestone", () => {
  it("moves a one-day milestone", () => {
    expect(movedMilestone({ date: "2024-12-17", rangeStart: "2024-12-17" }, "2024-12-24")).toEqual({
      date: "2024-12-24",
      rangeStart: "2024-12-24",
    });
  });

  it("keeps the length of a range (中旬 moved by a week)", () => {
    expect(movedMilestone({ date: "2024-12-20", rangeStart: "2024-12-11" }, "2024-12-27")).toEqual({
      date: "2024-12-27",
      rangeStart: "2024-12-18",
    });
  });

  it("moves across a year and a month end", () => {
    expect(movedMilestone({ date: "2024-12-31", rangeStart: "2024-12-21" }, "2025-01-31")).toEqual({
      date: "2025-01-31",
      rangeStart: "2025-01-21",
    });
  });

  it("moves earlier too", () => {
    expect(movedMilestone({ date: "2025-03-31", rangeStart: "2025-03-01" }, "2025-03-10")).toEqual({
      date: "2025-03-10",
      rangeStart: "2025-02-08",
    });
  });

  it("collapses a broken range (start after date) to the new day", () => {
    expect(movedMilestone({ date: "2024-12-10", rangeStart: "2024-12-20" }, "2024-12-12")).toEqual({
      date: "2024-12-12",
      rangeStart: "2024-12-12",
    });
  });

  it("leaves the milestone alone when the new date is not a day", () => {
    expect(movedMilestone({ date: "2024-12-10", rangeStart: "2024-12-10" }, "2024-02-30")).toEqual({
      date: "2024-12-10",
      rangeStart: "2024-12-10",
    });
  });
});
