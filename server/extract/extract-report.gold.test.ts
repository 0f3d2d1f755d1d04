import { describe, expect, it } from "vitest";
import { scoreReports } from "../testing/score-extraction";

describe("extractReport against the gold annotations", () => {
  it("scores W47 and W48 at the targets", () => {
    const score = scoreReports([
      { report: "samples/reports/2024-W47.md", gold: "samples/gold/2024-W47.json" },
      { report: "samples/reports/2024-W48.md", gold: "samples/gold/2024-W48.json" },
    ]);
    expect(score.problems).toEqual([]);
    expect(score.milestones.f1).toBeGreaterThanOrEqual(0.97);
    expect(score.progress.f1).toBe(1);
    expect(score.milestoneState).toBeGreaterThanOrEqual(0.95);
    expect(score.initiatives.f1).toBeGreaterThanOrEqual(0.95);
  });

  it.each([
    ["samples/reports/2024-W47.md", "samples/gold/2024-W47.json"],
    ["samples/reports/2024-W48.md", "samples/gold/2024-W48.json"],
  ])("scores %s on its own at the targets", (report, gold) => {
    const score = scoreReports([{ report, gold }]);
    expect(score.milestones.f1).toBeGreaterThanOrEqual(0.97);
    expect(score.progress.f1).toBe(1);
    expect(score.milestoneState).toBeGreaterThanOrEqual(0.95);
    expect(score.initiatives.f1).toBeGreaterThanOrEqual(0.95);
  });

  it("scores the table-style risk report", () => {
    const score = scoreReports([{ report: "samples/other-styles/risk-2024-W49.md", gold: "samples/gold/risk-2024-W49.json" }]);
    expect(score.milestones.f1).toBeGreaterThanOrEqual(0.95);
    expect(score.progress.f1).toBeGreaterThanOrEqual(0.95);
    expect(score.milestoneState).toBeGreaterThanOrEqual(0.95);
    expect(score.initiatives.f1).toBeGreaterThanOrEqual(0.95);
  });
});
