// `npm run score:corpus [-- --dir DIR] [--quiet]`: extracts every report of a
// corpus of real reports with its gold's report date, in this one process, and
// scores each against its gold with the team's scorer (samples/tools), then all
// together. Prints the misses, one line per report, and the overall figures last.
// The corpus is ../shared/corpus when it is there (new reports arrive there),
// else the project's copy in samples/corpus.
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { scoreCorpus, type CorpusScore } from "../server/testing/score-extraction";

const ROOT = path.resolve(import.meta.dirname, "..");
const { values } = parseArgs({ options: { dir: { type: "string" }, quiet: { type: "boolean" } } });
const shared = path.resolve(ROOT, "../shared/corpus");
const dir = values.dir ? path.resolve(values.dir) : existsSync(shared) ? shared : path.join(ROOT, "samples/corpus");

const pct = (n: number) => n.toFixed(3);
function line(name: string, s: CorpusScore["overall"]): string {
  // State and title are scored on matched milestones: a report whose gold has none shows no figure.
  const matched = (n: number) => (s.milestones.tp > 0 ? pct(n) : "  —  ");
  return (
    `${name.padEnd(48)} ms F1 ${pct(s.milestones.f1)}  ini F1 ${pct(s.initiatives.f1)}  prog F1 ${pct(s.progress.f1)}  ` +
    `state ${matched(s.milestoneState)}  title ${matched(s.milestoneTitle)}`
  );
}

const score = scoreCorpus(dir);
if (!values.quiet) {
  for (const report of score.reports) for (const problem of report.score.problems) console.log(`  ${problem}`);
  console.log("");
}
console.log(`corpus: ${dir} (${score.reports.length} reports)`);
for (const report of score.reports) {
  const date =
    report.dateRead === report.reportDate
      ? "date ok"
      : `date read ${report.dateRead ?? "none"} (${report.dateSource ?? "-"}), gold ${report.reportDate}`;
  console.log(`${line(report.name, report.score)}  ${date}`);
}
const worst = Math.min(...score.reports.map((r) => r.score.milestones.f1));
const datesRight = score.reports.filter((r) => r.dateWeekRight).length;
const o = score.overall;
console.log(
  `report dates read right (same ISO week, no --date): ${datesRight}/${score.reports.length}; lowest report milestone F1 ${pct(worst)}`,
);
console.log(line("overall", o));
console.log(
  `milestone_f1=${o.milestones.f1} progress_f1=${o.progress.f1} initiative_f1=${o.initiatives.f1} ` +
    `state_acc=${o.milestoneState} title_acc=${o.milestoneTitle} min_report_milestone_f1=${worst}`,
);
