import type { DateWindow } from "../../../lib/dates/date-window";
import type { DbOrTx } from "../../db";
import { findReport } from "../../db/store/reports";
import { addedMilestonesByEntry, withAddedLinesRead } from "./added-milestones";
import { entryKeys } from "./change-id";
import { contentHash } from "./content-hash";
import { decisionsForWeek } from "./decisions-for-week";
import { loadKnownState } from "./known-state";
import { extractInline, type ReportExtractor } from "./report-extractor";
import { planImport } from "./plan-import";
import type { ChangeSet, ReviewDecisions } from "../types";
import { TrackingError } from "../tracking-error";
import { type DepartmentRef, proposeDepartment } from "./propose-department";
import { profileForImport, type ProfileChoice } from "../profile/profile-for-import";
import { NO_SOURCE, withProfile } from "../profile/with-profile";

export interface PreviewOptions extends ProfileChoice {
  /**
   * The departments the report may go into: the chosen one, or those the user may
   * import into, of which the one the header names is proposed (else the first).
   */
  departments: number | readonly DepartmentRef[];
  /** yyyy-MM-dd, for reports that state no date of their own */
  referenceDate?: string;
  /** the uploaded file's name, which may date the report (ExtractOptions.fileName) */
  fileName?: string;
  /** the days the tracker accepts (ExtractOptions.dateWindow) */
  dateWindow?: DateWindow;
  decisions?: ReviewDecisions;
  /** how the text is read (default: in this thread) */
  extract?: ReportExtractor;
}

/** The change set importing `text` would make; writes nothing. Throws ExtractionError for unreadable text. */
export async function previewImport(db: DbOrTx, text: string, options: PreviewOptions): Promise<ChangeSet> {
  const extract = options.extract ?? extractInline;
  const base = { referenceDate: options.referenceDate, fileName: options.fileName, dateWindow: options.dateWindow };
  // The department decides the profile; when it is only proposed, the report's header proposes it.
  const first = typeof options.departments === "number" ? null : await extract(text, base);
  const departmentId = first ? chooseDepartment(first.department, options.departments) : (options.departments as number);
  const { profile } = await profileForImport(db, departmentId, options, NO_SOURCE);
  const extraction = first && profile.rules.length === 0 ? first : await extract(text, { ...base, ...withProfile(profile) });
  const existing = await findReport(db, departmentId, extraction.week);
  const mode = !existing ? "new" : existing.contentHash === contentHash(text) ? "same" : "replace";
  const known = mode === "same" ? null : await loadKnownState(db, departmentId);
  const week = known ? await decisionsForWeek(db, departmentId, known, extraction, options.decisions) : null;
  const changes = known && week ? planImport(known, extraction, week.decisions).changes : [];
  const keys = entryKeys(extraction.entries);
  const added = addedMilestonesByEntry(extraction, keys, week?.decisions.addedMilestones ?? []);
  return {
    week: extraction.week,
    reportDate: extraction.reportDate,
    departmentId,
    department: extraction.department,
    mode,
    changes,
    extraction: withAddedLinesRead(extraction, added),
    entryKeys: keys,
    decisions: week?.decisions ?? options.decisions ?? {},
    lostDecisions: week?.lost ?? null,
  };
}

function chooseDepartment(headerName: string, departments: PreviewOptions["departments"]): number {
  if (typeof departments === "number") return departments;
  const chosen = proposeDepartment(headerName, departments) ?? departments[0];
  if (!chosen) throw new TrackingError("invalid", "你还不能向任何部门导入周报：请部门管理员把你设为编辑");
  return chosen.id;
}
