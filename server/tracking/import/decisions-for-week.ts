import type { DbOrTx } from "../../db";
import { readReportDecisions } from "../../db/store/reports";
import type { ExtractionResult } from "../../extract/types";
import type { ReviewDecisions } from "../types";
import { addableLines } from "./added-milestones";
import { entryKeys } from "./change-id";
import { carryDecisions, type LostDecision, parseStoredDecisions } from "./earlier-decisions";
import type { KnownState } from "./known-state";
import { planImport } from "./plan-import";

export interface WeekDecisions {
  decisions: ReviewDecisions;
  /** the decisions of the version imported before that this one gives no place to (null: no earlier version) */
  lost: LostDecision[] | null;
}

/**
 * The decisions to plan with: those given, or, when none are (the first
 * preview, a batch, the CLI), the ones the week's earlier version was
 * committed with, where they still apply.
 */
export async function decisionsForWeek(
  db: DbOrTx,
  departmentId: number,
  known: KnownState,
  extraction: ExtractionResult,
  given: ReviewDecisions | undefined,
): Promise<WeekDecisions> {
  const json = await readReportDecisions(db, departmentId, extraction.week);
  if (json === null) return { decisions: given ?? {}, lost: null };
  const lines = extraction.entries.map((e) => addableLines(extraction, e).map((l) => l.text));
  const carried = carryDecisions(parseStoredDecisions(json), planImport(known, extraction).changes, entryKeys(extraction.entries), lines);
  return given ? { decisions: given, lost: carried.lost } : carried;
}
