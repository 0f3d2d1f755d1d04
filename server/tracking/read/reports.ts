import type { DbOrTx } from "../../db";
import { readReportList, readReportWithObservations } from "../../db/store/reports";
import type { SourceLine } from "../../extract/types";
import { TrackingError } from "../tracking-error";

export interface ReportSummary {
  id: number;
  week: string;
  departmentId: number;
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

/** The reports of those departments, newest first. */
export async function listReports(db: DbOrTx, departmentIds: readonly number[]): Promise<ReportSummary[]> {
  return (await readReportList(db, departmentIds)).map(({ importedAt, ...r }) => ({ ...r, importedAt: importedAt.toISOString() }));
}

export async function getReport(db: DbOrTx, id: number): Promise<ReportView> {
  const report = await readReportWithObservations(db, id);
  if (!report) throw new TrackingError("not_found", `没有编号为 ${id} 的周报`);
  const { initiativeObservations, milestoneObservations, importedAt, ...r } = report;
  const highlights: ReportView["highlights"] = [];
  for (const o of initiativeObservations) {
    if (o.line !== null)
      highlights.push({ kind: "initiative", line: o.line, text: o.text ?? "", initiativeId: o.initiativeId, label: o.initiativeName });
    if (o.progressLine !== null && o.progress !== null)
      highlights.push({
        kind: "progress",
        line: o.progressLine,
        text: o.progressText ?? "",
        initiativeId: o.initiativeId,
        label: `进度 ${o.progress}%`,
      });
  }
  for (const o of milestoneObservations) {
    if (o.line !== null)
      highlights.push({ kind: "milestone", line: o.line, text: o.text ?? "", initiativeId: o.initiativeId, label: `${o.title} ${o.date}` });
  }
  highlights.sort((a, b) => a.line - b.line);
  return { ...r, importedAt: importedAt.toISOString(), highlights };
}
