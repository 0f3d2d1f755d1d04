import type { DbOrTx } from "../../db";
import { findReport } from "../../db/store/reports";
import { extractReport } from "../../extract";
import { contentHash } from "./content-hash";
import { loadKnownState } from "./known-state";
import { planImport } from "./plan-import";
import type { ChangeSet, ReviewDecisions } from "../types";

export interface PreviewOptions {
  /** yyyy-MM-dd, for reports that state no date of their own */
  referenceDate?: string;
  /** the uploaded file's name, which may date the report (ExtractOptions.fileName) */
  fileName?: string;
  decisions?: ReviewDecisions;
}

/** The change set importing `text` would make; writes nothing. Throws ExtractionError for unreadable text. */
export async function previewImport(db: DbOrTx, text: string, options: PreviewOptions = {}): Promise<ChangeSet> {
  const extraction = extractReport(text, { referenceDate: options.referenceDate, fileName: options.fileName });
  const existing = await findReport(db, extraction.department, extraction.week);
  const mode = !existing ? "new" : existing.contentHash === contentHash(text) ? "same" : "replace";
  const changes = mode === "same" ? [] : planImport(await loadKnownState(db, extraction.department), extraction, options.decisions).changes;
  return { week: extraction.week, reportDate: extraction.reportDate, department: extraction.department, mode, changes, extraction };
}
