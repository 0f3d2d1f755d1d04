// Test and script helper: runs the team's scorer (samples/tools/score-extraction.mjs)
// as a child process on extractions, so the thresholds are the scorer's own numbers.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { extractReport, isoWeekLabel, type ExtractionResult, type ExtractOptions } from "../extract";
import { parseDay } from "../extract/date/format-day";

export const REPO_ROOT = path.resolve(import.meta.dirname, "../..");
const SCORER = path.join(REPO_ROOT, "samples/tools/score-extraction.mjs");

interface Prf {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export interface Score {
  milestones: Prf;
  milestoneState: number;
  milestoneTitle: number;
  progress: Prf;
  initiatives: Prf;
  status: string;
  problems: string[];
}

/** Scores extraction results against gold files (absolute paths), all pairs together. */
export function scoreResults(pairs: Array<{ result: ExtractionResult; gold: string }>): Score {
  const dir = mkdtempSync(path.join(tmpdir(), "extract-score-"));
  try {
    const args = pairs.flatMap(({ result, gold }, i) => {
      const out = path.join(dir, `out-${i}.json`);
      writeFileSync(out, JSON.stringify(result));
      return [gold, out];
    });
    const stdout = execFileSync(process.execPath, [SCORER, ...args, "--json"], { encoding: "utf8", maxBuffer: 64 << 20 });
    return JSON.parse(stdout) as Score;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Scores the extraction of each report (paths from the repository root) against its gold file, all pairs together. */
export function scoreReports(pairs: Array<{ report: string; gold: string }>): Score {
  return scoreResults(
    pairs.map(({ report, gold }) => ({
      result: extractReport(readFileSync(path.resolve(REPO_ROOT, report), "utf8")),
      gold: path.resolve(REPO_ROOT, gold),
    })),
  );
}

export interface CorpusReport {
  name: string;
  /** the gold's report date */
  reportDate: string;
  /** what the extractor reads as the report date with no --date, given the report's original file name */
  dateRead: string | null;
  dateSource: string | null;
  dateWeekRight: boolean;
  score: Score;
}

export interface CorpusScore {
  reports: CorpusReport[];
  overall: Score;
}

/** The original file name of each corpus report, from SOURCES.md's `path` column. */
function originalNames(dir: string): Map<string, string> {
  const names = new Map<string, string>();
  let text: string;
  try {
    text = readFileSync(path.join(dir, "SOURCES.md"), "utf8");
  } catch {
    return names;
  }
  for (const row of text.split("\n")) {
    const cells = row.split("|").map((cell) => cell.trim());
    if (cells.length > 4 && cells[1]!.endsWith(".md")) names.set(cells[1]!, path.basename(cells[3]!.replace(/\s*\(.*$/, "")));
  }
  return names;
}

function dateRead(text: string, options: ExtractOptions): { date: string | null; source: string | null } {
  try {
    const result = extractReport(text, options);
    return { date: result.reportDate, source: result.reportDateSource };
  } catch {
    return { date: null, source: null };
  }
}

/** Gold files by the report they annotate (their `report` field, else the same base name). */
function goldFiles(goldDir: string): Map<string, { gold: string; reportDate: string }> {
  const golds = new Map<string, { gold: string; reportDate: string }>();
  for (const file of readdirSync(goldDir).filter((f) => f.endsWith(".json"))) {
    const gold = path.join(goldDir, file);
    const parsed = JSON.parse(readFileSync(gold, "utf8")) as { report?: string; reportDate: string };
    golds.set(parsed.report ?? file.replace(/\.json$/, ".md"), { gold, reportDate: parsed.reportDate });
  }
  return golds;
}

/**
 * Every report of a corpus folder (reports/*.md with a gold/*.json naming it),
 * extracted with its gold's report date and scored alone and all together.
 */
export function scoreCorpus(dir: string): CorpusScore {
  const names = originalNames(dir);
  const reportDir = path.join(dir, "reports");
  const golds = goldFiles(path.join(dir, "gold"));
  const files = readdirSync(reportDir)
    .filter((f) => /\.(md|txt)$/.test(f))
    .sort();
  const pairs = files.flatMap((file) => {
    const found = golds.get(file);
    if (!found) return [];
    const { gold, reportDate } = found;
    const text = readFileSync(path.join(reportDir, file), "utf8");
    const result = extractReport(text, { referenceDate: reportDate });
    const read = dateRead(text, { fileName: names.get(file) ?? file });
    const day = read.date ? parseDay(read.date) : null;
    const goldDay = parseDay(reportDate);
    const dateWeekRight = day !== null && goldDay !== null && isoWeekLabel(day) === isoWeekLabel(goldDay);
    return [{ name: file, reportDate, result, gold, dateRead: read.date, dateSource: read.source, dateWeekRight }];
  });
  return {
    reports: pairs.map(({ result, gold, ...report }) => ({ ...report, score: scoreResults([{ result, gold }]) })),
    overall: scoreResults(pairs.map(({ result, gold }) => ({ result, gold }))),
  };
}
