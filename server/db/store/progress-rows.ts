// What the weekly digest's 进度回退 compares: every percent a report stated for
// the initiatives a week's reports gave a percent, with the week and the line.
import { Prisma } from "../../generated/prisma/client";
import type { DbOrTx } from "../create-client";
import { num, numOrNull, str, strOrNull } from "./raw-rows";

/** One report's stated progress of an initiative. */
export interface ReportedProgressRow {
  initiativeId: number;
  week: string;
  reportId: number;
  progress: number;
  /** the line that stated the progress (else the item's own line), null when unknown */
  line: number | null;
  text: string | null;
}

export async function readReportedProgressOf(db: DbOrTx, week: string): Promise<ReportedProgressRow[]> {
  const rows = await db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
    SELECT o."initiativeId", r."week", o."reportId", o."progress", o."progressLine", o."progressText", o."line", o."text"
    FROM "InitiativeObservation" o JOIN "Report" r ON r."id" = o."reportId"
    WHERE o."progress" IS NOT NULL AND r."week" <= ${week} AND o."initiativeId" IN (
      SELECT x."initiativeId" FROM "InitiativeObservation" x JOIN "Report" xr ON xr."id" = x."reportId"
      WHERE xr."week" = ${week} AND x."progress" IS NOT NULL)
    ORDER BY o."id"`);
  return rows.map((o) => {
    // the line that stated the percent, else the item's own line
    const stated = o.progressLine !== null && o.progressLine !== undefined;
    return {
      initiativeId: num(o.initiativeId),
      week: str(o.week),
      reportId: num(o.reportId),
      progress: Number(o.progress),
      line: numOrNull(stated ? o.progressLine : o.line),
      text: strOrNull(stated ? o.progressText : o.text),
    };
  });
}
