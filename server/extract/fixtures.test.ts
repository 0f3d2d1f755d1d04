import { describe, expect, it } from "vitest";
import { scoreReports } from "../testing/score-extraction";

// Reports in other layouts than the samples, annotated by hand (fixtures/<name>.gold.json).
const FIXTURES = ["project-sections", "per-person", "table-progress", "okr-mixed"];

describe("extractReport on reports in other styles", () => {
  it.each(FIXTURES)("%s scores above the thresholds", (name) => {
    const score = scoreReports([{ report: `server/extract/fixtures/${name}.md`, gold: `server/extract/fixtures/${name}.gold.json` }]);
    expect(score.milestones.f1).toBeGreaterThanOrEqual(0.9);
    expect(score.progress.f1).toBeGreaterThanOrEqual(0.9);
    expect(score.milestoneState).toBeGreaterThanOrEqual(0.9);
    expect(score.initiatives.f1).toBeGreaterThanOrEqual(0.9);
  });

  it("scores all styles together near the sample targets", () => {
    const score = scoreReports(
      FIXTURES.map((name) => ({ report: `server/extract/fixtures/${name}.md`, gold: `server/extract/fixtures/${name}.gold.json` })),
    );
    expect(score.milestones.f1).toBeGreaterThanOrEqual(0.95);
    expect(score.initiatives.f1).toBeGreaterThanOrEqual(0.95);
  });
});
