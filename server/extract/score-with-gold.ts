// Test helper: runs the team's scorer (samples/tools/score-extraction.mjs) as a
// child process on an extraction, so the thresholds are the scorer's own numbers.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { extractReport } from "./extract-report";

export const REPO_ROOT = path.resolve(import.meta.dirname, "../..");
const SCORER = path.join(REPO_ROOT, "samples/tools/score-extraction.mjs");

export interface Score {
  milestones: { precision: number; recall: number; f1: number };
  milestoneState: number;
  progress: { f1: number };
  initiatives: { f1: number };
  status: string;
  problems: string[];
}

/** Scores the extraction of each report against its gold file, all pairs together. */
export function scoreReports(pairs: Array<{ report: string; gold: string }>): Score {
  const dir = mkdtempSync(path.join(tmpdir(), "extract-score-"));
  const args = pairs.flatMap(({ report, gold }, i) => {
    const out = path.join(dir, `out-${i}.json`);
    const result = extractReport(readFileSync(path.resolve(REPO_ROOT, report), "utf8"));
    writeFileSync(out, JSON.stringify(result));
    return [path.resolve(REPO_ROOT, gold), out];
  });
  const stdout = execFileSync(process.execPath, [SCORER, ...args, "--json"], { encoding: "utf8" });
  return JSON.parse(stdout) as Score;
}
