// Imported reports: the text as written, and what each of their lines fed.
import type { Tx, DbOrTx } from "../create-client";

export interface ReportContent {
  departmentId: number;
  week: string;
  reportDate: string;
  title: string;
  rawText: string;
  contentHash: string;
  importedAt: Date;
  importedBy: string;
  /** JSON of the review decisions it was committed with (tracking/import/earlier-decisions.ts) */
  decisions: string;
}

/** The department's report of that week, if imported. */
export function findReport(db: DbOrTx, departmentId: number, week: string): Promise<{ id: number; contentHash: string } | null> {
  return db.report.findUnique({ where: { departmentId_week: { departmentId, week } }, select: { id: true, contentHash: true } });
}

/** The review decisions the department's report of that week was committed with (JSON), if imported. */
export async function readReportDecisions(db: DbOrTx, departmentId: number, week: string): Promise<string | null> {
  const row = await db.report.findUnique({ where: { departmentId_week: { departmentId, week } }, select: { decisions: true } });
  return row?.decisions ?? null;
}

/** Creates the report, or replaces the content of the one with that id. */
export async function saveReport(tx: Tx, id: number | null, content: ReportContent): Promise<number> {
  if (id !== null) return (await tx.report.update({ where: { id }, data: content, select: { id: true } })).id;
  return (await tx.report.create({ data: content, select: { id: true } })).id;
}

export const countReports = (db: DbOrTx) => db.report.count();

export interface ReportListRow {
  id: number;
  week: string;
  departmentId: number;
  department: string;
  reportDate: string;
  title: string;
  importedAt: Date;
  initiativeCount: number;
  milestoneCount: number;
}

/** The reports of those departments, newest first, with how many observations each gave. */
export async function readReportList(db: DbOrTx, departmentIds: readonly number[]): Promise<ReportListRow[]> {
  const reports = await db.report.findMany({
    where: { departmentId: { in: [...departmentIds] } },
    orderBy: [{ reportDate: "desc" }, { department: { name: "asc" } }],
    select: {
      id: true,
      week: true,
      departmentId: true,
      department: { select: { name: true } },
      reportDate: true,
      title: true,
      importedAt: true,
      _count: { select: { initiativeObservations: true, milestoneObservations: true } },
    },
  });
  return reports.map(({ _count, department, ...r }) => ({
    ...r,
    department: department.name,
    initiativeCount: _count.initiativeObservations,
    milestoneCount: _count.milestoneObservations,
  }));
}

export interface ReportWithObservations extends ReportListRow {
  rawText: string;
  initiativeObservations: {
    initiativeId: number;
    initiativeName: string;
    line: number | null;
    text: string | null;
    progress: number | null;
    progressLine: number | null;
    progressText: string | null;
  }[];
  milestoneObservations: { initiativeId: number; title: string; date: string; line: number | null; text: string | null }[];
}

/** A report's text with what each of its lines fed. */
export async function readReportWithObservations(db: DbOrTx, id: number): Promise<ReportWithObservations | null> {
  const report = await db.report.findUnique({
    where: { id },
    include: {
      department: { select: { name: true } },
      initiativeObservations: { include: { initiative: { select: { name: true } } } },
      milestoneObservations: { include: { milestone: { select: { initiativeId: true } } } },
    },
  });
  if (!report) return null;
  const {
    initiativeObservations,
    milestoneObservations,
    id: reportId,
    week,
    departmentId,
    department,
    reportDate,
    title,
    importedAt,
    rawText,
  } = report;
  return {
    id: reportId,
    week,
    departmentId,
    department: department.name,
    reportDate,
    title,
    importedAt,
    rawText,
    initiativeCount: initiativeObservations.length,
    milestoneCount: milestoneObservations.length,
    initiativeObservations: initiativeObservations.map((o) => ({
      initiativeId: o.initiativeId,
      initiativeName: o.initiative.name,
      line: o.line,
      text: o.text,
      progress: o.progress,
      progressLine: o.progressLine,
      progressText: o.progressText,
    })),
    milestoneObservations: milestoneObservations.map((o) => ({
      initiativeId: o.milestone.initiativeId,
      title: o.title,
      date: o.date,
      line: o.line,
      text: o.text,
    })),
  };
}
