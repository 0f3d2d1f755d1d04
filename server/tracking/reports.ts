import type { DbOrTx } from "../db";
import type { SourceLine } from "../extract/types";

export interface ReportSummary {
  id: number;
  week: string;
  department: string;
  reportDate: string;
  title: string;
  importedAt: string;
  initiativeCount: number;
  milestoneCount: number;
}

/** A report's text with the lines that fed the tracker marked. */
export interface ReportView extends ReportSummary {
  rawText: string;
  highlights: (SourceLine & { kind: "initiative" | "milestone" | "progress"; initiativeId: number; label: string })[];
}

export async function listReports(db: DbOrTx): Promise<ReportSummary[]> {
  void db;
  throw new Error("listReports: in progress");
}

export async function getReport(db: DbOrTx, id: number): Promise<ReportView> {
  void db; void id;
  throw new Error("getReport: in progress");
}
