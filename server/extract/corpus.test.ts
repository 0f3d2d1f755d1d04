// Real reports of other teams (samples/corpus, sources in its SOURCES.md): the
// main measure of extraction. `npm run score:corpus` prints the same figures
// with every miss; these are the targets of issue #9.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT, scoreCorpus } from "../testing/score-extraction";

describe("extraction on the corpus of real reports", () => {
  const score = scoreCorpus(path.join(REPO_ROOT, "samples/corpus"));

  it("reads every report of the corpus", () => {
    expect(score.reports.length).toBeGreaterThanOrEqual(14);
  });

  it("meets the targets over all reports", () => {
    const { overall } = score;
    expect(overall.milestones.f1).toBeGreaterThanOrEqual(0.9);
    expect(overall.initiatives.f1).toBeGreaterThanOrEqual(0.9);
    expect(overall.progress.f1).toBeGreaterThanOrEqual(0.95);
    expect(overall.milestoneState).toBeGreaterThanOrEqual(0.9);
    expect(overall.milestoneTitle).toBeGreaterThanOrEqual(0.9);
  });

  it("reads no single report badly", () => {
    const weak = score.reports.filter((r) => r.score.milestones.f1 < 0.7).map((r) => `${r.name}: ${r.score.milestones.f1}`);
    expect(weak).toEqual([]);
  });

  it("dates every report in the week it was written, without being told", () => {
    const wrong = score.reports
      .filter((r) => !r.dateWeekRight)
      .map((r) => `${r.name}: ${r.dateRead} (${r.dateSource}), not ${r.reportDate}`);
    expect(wrong).toEqual([]);
  });
});
