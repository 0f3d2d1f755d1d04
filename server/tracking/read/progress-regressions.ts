// Pure: which initiatives a week's report gave a lower percent than their
// previous report did (进度回退), with both figures and the line that said it.
// Only reports count: a PM's hand edit in between is no "previous report".
import type { ReportedProgressRow as ReportedProgress } from "../../db/store/progress-rows";

export type { ReportedProgress };

export interface ProgressRegression {
  initiativeId: number;
  before: number;
  after: number;
  /** the previous report's week */
  beforeWeek: string;
  source: { reportId: number; line: number; text: string } | null;
}

/** For each initiative `week` reported a percent for: a regression when it is below the latest earlier report's. */
export function progressRegressions(reported: readonly ReportedProgress[], week: string): Map<number, ProgressRegression> {
  const byInitiative = new Map<number, ReportedProgress[]>();
  for (const r of reported) byInitiative.set(r.initiativeId, [...(byInitiative.get(r.initiativeId) ?? []), r]);
  const out = new Map<number, ProgressRegression>();
  for (const [initiativeId, list] of byInitiative) {
    // a week has one report per department; the last of several rows of that week is what stands
    const now = list.filter((r) => r.week === week).at(-1);
    const earlier = list.filter((r) => r.week < week).sort((a, b) => a.week.localeCompare(b.week));
    const before = earlier.at(-1);
    if (!now || !before || !(now.progress < before.progress)) continue;
    out.set(initiativeId, {
      initiativeId,
      before: before.progress,
      after: now.progress,
      beforeWeek: before.week,
      source: now.line !== null && now.text !== null ? { reportId: now.reportId, line: now.line, text: now.text } : null,
    });
  }
  return out;
}
