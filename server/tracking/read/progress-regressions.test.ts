import { describe, expect, it } from "vitest";
import { progressRegressions, type ReportedProgress } from "./progress-regressions";

const at = (initiativeId: number, week: string, progress: number, line: number | null = 7): ReportedProgress => ({
  initiativeId,
  week,
  reportId: Number(week.slice(-2)),
  progress,
  line,
  text: line === null ? null : `进度${progress}%`,
});

describe("progressRegressions", () => {
  it("finds a percent below the latest earlier report's, with both figures and this week's line", () => {
    const found = progressRegressions([at(1, "2024-W45", 40), at(1, "2024-W47", 60), at(1, "2024-W48", 35)], "2024-W48");
    expect(found.get(1)).toEqual({
      initiativeId: 1,
      before: 60,
      after: 35,
      beforeWeek: "2024-W47",
      source: { reportId: 48, line: 7, text: "进度35%" },
    });
  });

  it("ignores rises, equal figures, a first report, and initiatives the week gave no percent", () => {
    const found = progressRegressions(
      [
        at(1, "2024-W47", 40),
        at(1, "2024-W48", 50),
        at(2, "2024-W47", 50),
        at(2, "2024-W48", 50),
        at(3, "2024-W48", 10),
        at(4, "2024-W47", 90),
      ],
      "2024-W48",
    );
    expect([...found.keys()]).toEqual([]);
  });

  it("compares with the report before the week, not a later one, whatever the input order", () => {
    const found = progressRegressions([at(1, "2024-W49", 20), at(1, "2024-W48", 50), at(1, "2024-W46", 70)], "2024-W48");
    expect(found.get(1)).toMatchObject({ before: 70, after: 50, beforeWeek: "2024-W46" });
  });

  it("has no source when the report line is unknown", () => {
    expect(progressRegressions([at(1, "2024-W47", 60), at(1, "2024-W48", 30, null)], "2024-W48").get(1)?.source).toBeNull();
  });
});
