// What the weekly digest compares: the newest week, which departments reported
// in a week, the weeks each initiative was reported in, and the observations of
// the milestones a week spoke of.
import { type MilestoneState, parseMilestoneState } from "../../../lib/domain/milestone-state";
import { Prisma } from "../../generated/prisma/client";
import type { DbOrTx } from "../create-client";
import { num, numOrNull, str, strOrNull } from "./raw-rows";

/** The newest week any of the departments reported. */
export async function readNewestWeek(db: DbOrTx, departmentIds: readonly number[]): Promise<string | null> {
  if (departmentIds.length === 0) return null;
  const [row] = await db.$queryRaw<{ week: unknown }[]>(
    Prisma.sql`SELECT MAX("week") AS "week" FROM "Report" WHERE "departmentId" IN (${Prisma.join(departmentIds)})`,
  );
  return strOrNull(row?.week);
}

export async function readDepartmentsReporting(db: DbOrTx, week: string): Promise<Set<number>> {
  const rows = await db.$queryRaw<{ departmentId: unknown }[]>(Prisma.sql`SELECT "departmentId" FROM "Report" WHERE "week" = ${week}`);
  return new Set(rows.map((r) => num(r.departmentId)));
}

/** The report weeks each initiative was mentioned in. */
export async function readWeeksReported(db: DbOrTx): Promise<Map<number, string[]>> {
  const rows = await db.$queryRawUnsafe<{ initiativeId: unknown; week: unknown }[]>(
    `SELECT DISTINCT o."initiativeId", r."week" FROM "InitiativeObservation" o JOIN "Report" r ON r."id" = o."reportId"`,
  );
  const weeks = new Map<number, string[]>();
  for (const r of rows) {
    const id = num(r.initiativeId);
    weeks.set(id, [...(weeks.get(id) ?? []), str(r.week)]);
  }
  return weeks;
}

export interface DatedObservation {
  id: number;
  milestoneId: number;
  basisDate: string;
  reportId: number | null;
  /** the week of its report; null for a manual edit */
  week: string | null;
  date: string;
  state: MilestoneState;
  reason: string | null;
}

/** Every observation of the milestones that a report of `week` spoke of. */
export async function readObservationsOfMilestonesIn(db: DbOrTx, week: string): Promise<DatedObservation[]> {
  const rows = await db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
    SELECT o."id", o."milestoneId", o."basisDate", o."reportId", r."week", o."date", o."state", o."reason"
    FROM "MilestoneObservation" o LEFT JOIN "Report" r ON r."id" = o."reportId"
    WHERE o."milestoneId" IN (SELECT x."milestoneId" FROM "MilestoneObservation" x JOIN "Report" xr ON xr."id" = x."reportId" WHERE xr."week" = ${week})`);
  return rows.map((o) => ({
    id: num(o.id),
    milestoneId: num(o.milestoneId),
    basisDate: str(o.basisDate),
    reportId: numOrNull(o.reportId),
    week: strOrNull(o.week),
    date: str(o.date),
    state: parseMilestoneState(o.state),
    reason: strOrNull(o.reason),
  }));
}
